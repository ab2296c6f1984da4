#include "ClaimedSubscriptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ClaimedSubscriptions)
};

QString keyOf(SettlementMethod method, const QString &subscriptionId)
{
    return toWire(method) + u':' + subscriptionId;
}

bool isClaimedMethod(const QString &wire)
{
    const auto method = settlementMethodFromWire(wire.trimmed());
    return method == SettlementMethod::Aws || method == SettlementMethod::Azure;
}
} // namespace

ClaimedSubscriptions ClaimedSubscriptions::unchecked(const QString &reason)
{
    ClaimedSubscriptions claimed;
    claimed.m_reason = reason;
    return claimed;
}

ClaimedSubscriptions ClaimedSubscriptions::of(const QList<MarketplaceSubscription> &subscriptions)
{
    ClaimedSubscriptions claimed;
    claimed.m_checked = true;
    for (const MarketplaceSubscription &subscription : subscriptions) {
        if (subscription.isSubscriptionClaimable())
            claimed.m_keys.insert(keyOf(subscription.marketplace, subscription.instanceId));
    }
    return claimed;
}

bool ClaimedSubscriptions::contains(SettlementMethod method, const QString &subscriptionId) const
{
    return m_keys.contains(keyOf(method, subscriptionId));
}

QString ClaimedSubscriptions::uncheckedReason() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    return Text::tr("the account's marketplace subscriptions were not read from the server");
}

bool ClaimedSubscriptions::neededBy(const Plan &plan)
{
    return std::any_of(plan.rows.cbegin(), plan.rows.cend(),
                       [](const PlanRow &row) { return isClaimedMethod(row.method); });
}

} // namespace billing
