#include "ClaimReplyJob.h"

#include <QJsonObject>

namespace billing {

std::optional<ClaimSubscription> ClaimSubscription::fromJson(const QJsonObject &object)
{
    ClaimSubscription subscription;
    subscription.marketplace = object.value(u"marketplace").toString();
    subscription.subscriptionId = object.value(u"subscriptionId").toString();
    subscription.customer = object.value(u"customer").toObject();
    subscription.productCode = object.value(u"productCode").toString();
    subscription.planId = object.value(u"planId").toString();
    subscription.status = object.value(u"status").toString();
    if (subscription.marketplace.isEmpty() || subscription.subscriptionId.isEmpty()
        || subscription.status.isEmpty())
        return std::nullopt;
    return subscription;
}

bool ClaimReplyJob::codeRefused() const
{
    return error().kind == ClientError::Kind::Api && error().httpStatus == 422
           && error().api.wireCode == u"claim_code_invalid";
}

bool ClaimReplyJob::rateLimited() const
{
    return error().kind == ClientError::Kind::Api && error().httpStatus == 429;
}

bool ClaimReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto subscription = ClaimSubscription::fromJson(body.object());
    if (subscription)
        m_subscription = *subscription;
    return subscription.has_value();
}

} // namespace billing
