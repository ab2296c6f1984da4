#include "SubscriptionListJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace billing {

SubscriptionListJob::SubscriptionListJob(BillingClient &client, SettlementMethod marketplace,
                                         QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/marketplace/subscriptions"), Auth::Bearer,
             parent)
{
    setQuery(QUrlQuery{{QStringLiteral("marketplace"), toWire(marketplace)}});
}

bool SubscriptionListJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonValue items = body.object().value(u"subscriptions");
    if (!items.isArray())
        return false;
    m_subscriptions.clear();
    for (const QJsonValue &item : items.toArray()) {
        const auto subscription = subscriptionFromJson(item.toObject());
        if (!subscription)
            return false;
        m_subscriptions.append(*subscription);
    }
    return true;
}

} // namespace billing
