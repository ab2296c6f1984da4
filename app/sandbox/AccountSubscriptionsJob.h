#pragma once

#include "ApiJob.h"
#include "MarketplaceSubscription.h"

#include <QList>

namespace billing {

// GET /api/v1/marketplace/subscriptions: the subscriptions the signed-in account claimed
// and those its workspaces are bound to, with their current status.
class AccountSubscriptionsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit AccountSubscriptionsJob(BillingClient &client, QObject *parent = nullptr);

    const QList<MarketplaceSubscription> &subscriptions() const { return m_subscriptions; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QList<MarketplaceSubscription> m_subscriptions;
};

} // namespace billing
