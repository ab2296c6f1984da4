#pragma once

// Settlement events as the Billing Center writes them, for the tests of their words, their
// table model and the Activity tab's filter.
#include "SettlementEvent.h"

#include <QDateTime>

namespace billing::test::events {

inline const QDateTime kAt = QDateTime(QDate(2026, 11, 26), QTime(0, 30, 15), Qt::UTC);

inline Settlement aliyun(const QString &instanceId = QStringLiteral("6227091"))
{
    Settlement settlement;
    settlement.method = SettlementMethod::Aliyun;
    settlement.aliyunAccountId = QStringLiteral("1234567890123456");
    settlement.instanceId = instanceId;
    settlement.since = kAt;
    return settlement;
}

inline Settlement huawei()
{
    Settlement settlement;
    settlement.method = SettlementMethod::Huawei;
    settlement.huaweiAccountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    settlement.instanceId = QStringLiteral("hw0123456789abcdef0123");
    settlement.since = kAt;
    return settlement;
}

inline Settlement aws()
{
    Settlement settlement;
    settlement.method = SettlementMethod::Aws;
    settlement.subscriptionId = QStringLiteral("aws-0123456789abcdef0123");
    settlement.since = kAt;
    return settlement;
}

inline Settlement azure()
{
    Settlement settlement;
    settlement.method = SettlementMethod::Azure;
    settlement.subscriptionId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    settlement.since = kAt;
    return settlement;
}

inline Settlement billingCenter()
{
    Settlement settlement;
    settlement.method = SettlementMethod::BillingCenter;
    settlement.since = kAt;
    return settlement;
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

// What a released subscription writes for each of its workspaces (Alibaba Cloud unless
// `from` says otherwise).
inline SettlementEvent released(const QString &id = QStringLiteral("evt_1"),
                                const Settlement &from = aliyun())
{
    SettlementEvent e =
        makeEvent(id, EventKind::SettlementChanged, EventActor::ofMarketplace(toWire(from.method)),
                  EventReason::SubscriptionReleased);
    e.from = from;
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
