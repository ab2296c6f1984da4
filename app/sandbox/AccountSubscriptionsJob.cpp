#include "AccountSubscriptionsJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace billing {

AccountSubscriptionsJob::AccountSubscriptionsJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/marketplace/subscriptions"), Auth::Bearer,
             parent)
{}

bool AccountSubscriptionsJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonValue list = body.object().value(u"subscriptions");
    if (!list.isArray())
        return false;
    m_subscriptions.clear();
    for (const QJsonValue &item : list.toArray()) {
        const auto subscription = subscriptionFromJson(item.toObject());
        if (!subscription)
            return false;
        m_subscriptions.append(*subscription);
    }
    return true;
}

} // namespace billing
