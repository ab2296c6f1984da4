#include "ClaimJob.h"

#include <QJsonObject>

namespace billing {

ClaimJob::ClaimJob(BillingClient &client, const QString &code, const QByteArray &idempotencyKey,
                   QObject *parent)
    : ClaimReplyJob(client, "POST", QStringLiteral("/api/v1/marketplace/claims"), Auth::Bearer,
                    parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("code"), code}});
    // Without the key a retry of a claim that went through would meet 422 (the code is
    // used); with it the server can answer the first 201 again.
    setIdempotencyKey(idempotencyKey);
}

} // namespace billing
