#pragma once

#include "ApiJob.h"
#include "MarketplaceSubscription.h"

#include <QList>

namespace billing {

// GET /api/v1/marketplace/subscriptions?marketplace=<wire>: the subscriptions of that
// marketplace the account has claimed or its workspaces are bound to.
class SubscriptionListJob : public ApiJob
{
    Q_OBJECT
public:
    SubscriptionListJob(BillingClient &client, SettlementMethod marketplace,
                        QObject *parent = nullptr);
    const QList<MarketplaceSubscription> &subscriptions() const { return m_subscriptions; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QList<MarketplaceSubscription> m_subscriptions;
};

} // namespace billing
