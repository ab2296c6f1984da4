#pragma once

// Settlement events as the Billing Center writes them, for the tests of their words, their
// table model and the Activity tab's filter.
#include "SettlementEvent.h"

#include <QDateTime>

namespace billing::test::events {

inline const QDateTime kAt = QDateTime(QDate(2026, 11, 26), QTime(0, 30, 15), Qt::UTC);

inline Settlement aliyun(const QString &instanceId = QStringLiteral("6227091"))
{
    return {SettlementMethod::Aliyun, QStringLiteral("1234567890123456"), {}, instanceId, {}, kAt};
}

inline Settlement billingCenter()
{
    return {SettlementMethod::BillingCenter, {}, {}, {}, {}, kAt};
}

inline SettlementEvent makeEvent(const QString &id, EventKind kind, const EventActor &actor,
                                 EventReason reason, const QDateTime &at = kAt)
{
    SettlementEvent e;
    e.id = id;
    e.workspaceId = QStringLiteral("ws_00000000000000a1");
    e.workspaceName = QStringLiteral("Checkout tracing");
    e.at = at;
    e.actor = actor;
    e.event = kind;
    e.reason = reason;
    return e;
}

// What a released Alibaba Cloud subscription writes for each of its workspaces.
inline SettlementEvent released(const QString &id = QStringLiteral("evt_1"))
{
    SettlementEvent e = makeEvent(id, EventKind::SettlementChanged,
                                  EventActor::ofMarketplace(QStringLiteral("aliyun")),
                                  EventReason::SubscriptionReleased);
    e.from = aliyun();
    e.to = billingCenter();
    return e;
}

// A change by the user `username` (a single PUT, a batch or a plan).
inline SettlementEvent userChange(const QString &username,
                                  const QString &id = QStringLiteral("evt_2"))
{
    SettlementEvent e = makeEvent(id, EventKind::SettlementChanged, EventActor::user(username),
                                  EventReason::UserChange);
    e.from = billingCenter();
    e.to = aliyun();
    e.requestId = QStringLiteral("req_0f3a");
    return e;
}

} // namespace billing::test::events
