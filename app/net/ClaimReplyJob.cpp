#include "ClaimReplyJob.h"

#include <QJsonObject>

namespace billing {

bool ClaimReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto subscription = subscriptionFromJson(body.object());
    if (subscription)
        m_subscription = *subscription;
    return subscription.has_value();
}

} // namespace billing
