#include "InstanceReplyJob.h"

#include <QJsonObject>

namespace billing {

std::optional<MarketplaceSubscription> InstanceReplyJob::readSubscription(const QJsonObject &object)
{
    // The Alibaba Cloud endpoints answer with the instance form, the others with the
    // subscription form (marketplaces.md); a sandbox console may wrap it in "subscription".
    if (object.value(u"subscription").isObject())
        return subscriptionFromJson(object.value(u"subscription").toObject());
    if (object.contains(u"subscriptionId"))
        return subscriptionFromJson(object);
    return aliyunInstanceFromJson(object);
}

bool InstanceReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto instance = readSubscription(body.object());
    if (instance)
        m_instance = *instance;
    return instance.has_value();
}

} // namespace billing
