#pragma once

// Settlement events as the Billing Center writes them, for the tests of their words, their
// table model and the Activity tab's filter.
#include "SettlementEvent.h"

#include <QDateTime>

namespace billing::test::events {

inline const QDateTime kAt = QDateTime(QDate(2026, 11, 26), QTime(0, 30, 15), Qt::UTC);

inline Settlement aliyun(const QString &instanceId = QStringLiteral("6227091"))
{
    return {.method = SettlementMethod::Aliyun,
            .aliyunAccountId = QStringLiteral("1234567890123456"),
            .instanceId = instanceId,
            .since = kAt};
}

inline Settlement huawei()
{
    return {.method = SettlementMethod::Huawei,
            .huaweiAccountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
            .instanceId = QStringLiteral("hw0123456789abcdef0123"),
            .since = kAt};
}

inline Settlement aws()
{
    return {.method = SettlementMethod::Aws,
            .subscriptionId = QStringLiteral("aws-0123456789abcdef0123"),
            .since = kAt};
}

inline Settlement azure()
{
    return {.method = SettlementMethod::Azure,
            .subscriptionId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            .since = kAt};
}

inline Settlement billingCenter()
{
    return {.method = SettlementMethod::BillingCenter, .since = kAt};
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
