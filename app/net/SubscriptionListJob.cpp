#include "SubscriptionListJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace billing {

SubscriptionListJob::SubscriptionListJob(BillingClient &client,
                                         std::optional<SettlementMethod> marketplace,
                                         QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/marketplace/subscriptions"), Auth::Bearer,
             parent)
{
    if (marketplace)
        setQuery(QUrlQuery{{QStringLiteral("marketplace"), toWire(*marketplace)}});
}

bool SubscriptionListJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonValue items = body.object().value(u"subscriptions");
    if (!items.isArray())
        return false;
    QList<MarketplaceSubscription> subscriptions;
    for (const QJsonValue &item : items.toArray()) {
        const auto subscription = subscriptionFromJson(item.toObject());
        if (!item.isObject() || !subscription)
            return false;
        subscriptions.append(*subscription);
    }
    m_subscriptions = std::move(subscriptions);
    return true;
}

} // namespace billing
