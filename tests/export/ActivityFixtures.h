#pragma once

// Settlement events of every kind, as the server writes them, for the activity export's
// tests: a user's change, a marketplace release, a lock countdown and a creation.
#include "SettlementEvent.h"
#include "WorkspaceFixtures.h"

#include <QList>

namespace billing::test {

inline Settlement aliyunSettlement(const QString &instanceId)
{
    Settlement settlement;
    settlement.method = SettlementMethod::Aliyun;
    settlement.aliyunAccountId = QStringLiteral("1234567890123456");
    settlement.instanceId = instanceId;
    settlement.since = fixedNow().addDays(-40);
    return settlement;
}

inline Settlement billingCenterSettlement(const QDateTime &since)
{
    Settlement settlement;
    settlement.method = SettlementMethod::BillingCenter;
    settlement.since = since;
    return settlement;
}

// Event n of workspace n, `minutesAgo` before fixedNow(); kinds cycle through the five.
inline SettlementEvent makeEvent(int n, int minutesAgo, const QString &name = {})
{
    SettlementEvent event;
    event.id = QStringLiteral("ev_%1").arg(n, 12, 16, QLatin1Char('0'));
    event.workspaceId = workspaceIdFor(n);
    event.workspaceName = name.isEmpty() ? QStringLiteral("workspace-%1").arg(n) : name;
    event.at = fixedNow().addSecs(-60 * minutesAgo);
    switch (n % 5) {
    case 0: // a user moves the workspace to Alibaba Cloud, in a bulk apply
        event.event = EventKind::SettlementChanged;
        event.actor = EventActor::user(QStringLiteral("alice"));
        event.from = billingCenterSettlement(fixedNow().addDays(-90));
        event.to = aliyunSettlement(QStringLiteral("6227091"));
        event.requestId = QStringLiteral("bulk-chunk-%1").arg(n / 1000);
        break;
    case 1: // the marketplace releases the subscription
        event.event = EventKind::SettlementChanged;
        event.actor = EventActor::ofMarketplace(QStringLiteral("aliyun"));
        event.from = aliyunSettlement(QStringLiteral("6227092"));
        event.to = billingCenterSettlement(event.at);
        event.reason = EventReason::SubscriptionReleased;
        break;
    case 2: // the subscription expired: the countdown starts
        event.event = EventKind::LockPending;
        event.actor = EventActor::ofMarketplace(QStringLiteral("aliyun"));
        event.fromStatus = WorkspaceStatus::Active;
        event.toStatus = WorkspaceStatus::LockPending;
        event.lockAt = event.at.addDays(7);
        event.reason = EventReason::SubscriptionExpired;
        break;
    case 3: // the countdown ended
        event.event = EventKind::Locked;
        event.fromStatus = WorkspaceStatus::LockPending;
        event.toStatus = WorkspaceStatus::Locked;
        event.reason = EventReason::LockDue;
        break;
    default: // created by a user
        event.event = EventKind::Created;
        event.actor = EventActor::user(QStringLiteral("bob"));
        event.to = billingCenterSettlement(event.at);
        event.requestId = QStringLiteral("req_%1").arg(n);
        break;
    }
    return event;
}

// `count` events, one a minute, newest first.
inline QList<SettlementEvent> makeEvents(int count, int firstN = 0)
{
    QList<SettlementEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(firstN + i, firstN + i));
    return events;
}

} // namespace billing::test
