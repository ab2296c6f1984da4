#include "SandboxSubscription.h"

namespace billing {

std::optional<SandboxSubscription> sandboxSubscriptionFromReply(const QJsonObject &reply)
{
    SandboxSubscription result;
    const QJsonValue wrapped = reply.value(u"subscription");
    const QJsonObject object = wrapped.isObject() ? wrapped.toObject() : reply;
    std::optional<MarketplaceSubscription> subscription;
    if (object.contains(u"marketplace"))
        subscription = subscriptionFromJson(object);
    else
        subscription = aliyunInstanceFromJson(object);
    if (!subscription)
        return std::nullopt;
    result.subscription = *subscription;
    result.claimCode = reply.value(u"claimCode").toString();
    result.claimLink = reply.value(u"claimLink").toString();
    return result;
}

} // namespace billing
