#pragma once

#include "ApiJob.h"
#include "MarketplaceSubscription.h"

#include <QList>

namespace billing {

// GET /api/v1/marketplace/subscriptions[?marketplace=]: the subscriptions this account has
// claimed plus those its workspaces are bound to.
class SubscriptionListJob : public ApiJob
{
    Q_OBJECT
public:
    // No `marketplace`: every marketplace's.
    explicit SubscriptionListJob(BillingClient &client,
                                 std::optional<SettlementMethod> marketplace = std::nullopt,
                                 QObject *parent = nullptr);
    const QList<MarketplaceSubscription> &subscriptions() const { return m_subscriptions; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QList<MarketplaceSubscription> m_subscriptions;
};

} // namespace billing
