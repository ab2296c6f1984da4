#include "SubscriptionClaimJob.h"

#include <QJsonObject>

namespace billing {

SubscriptionClaimJob::SubscriptionClaimJob(BillingClient &client, const QString &code,
                                           const QByteArray &idempotencyKey, QObject *parent)
    : InstanceReplyJob(client, "POST", QStringLiteral("/api/v1/marketplace/claims"), Auth::Bearer,
                       parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("code"), code}});
    setIdempotencyKey(idempotencyKey);
}

} // namespace billing
