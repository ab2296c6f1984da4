#pragma once

#include "MarketplaceSubscription.h"
#include "Plan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace billing {

// The AWS and Azure subscriptions a plan may bind workspaces to: those the account has
// claimed (GET /api/v1/marketplace/subscriptions). Until that list is read (offline, or
// the server failed) nothing counts as claimed and uncheckedReason() says why, so a plan
// naming such a subscription is never accepted unchecked.
class ClaimedSubscriptions
{
public:
    ClaimedSubscriptions() = default; // not checked
    static ClaimedSubscriptions unchecked(const QString &reason);
    static ClaimedSubscriptions of(const QList<MarketplaceSubscription> &subscriptions);

    bool isChecked() const { return m_checked; }
    bool contains(SettlementMethod method, const QString &subscriptionId) const;
    // Translated: why the list is not known.
    QString uncheckedReason() const;

    // Whether a row of `plan` names a claimed subscription (method aws or azure), i.e.
    // whether the list is worth fetching.
    static bool neededBy(const Plan &plan);

private:
    bool m_checked = false;
    QString m_reason;
    QSet<QString> m_keys; // "<method>:<subscriptionId>"
};

} // namespace billing
