#include "RequestVerificationCodeJob.h"

#include "Rfc3339.h"

#include <QJsonObject>

namespace billing {

RequestVerificationCodeJob::RequestVerificationCodeJob(BillingClient &client, const QString &email,
                                                       const QByteArray &idempotencyKey,
                                                       QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/verification-codes"), Auth::None, parent)
{
    setJsonBody({{QStringLiteral("email"), email}});
    setIdempotencyKey(idempotencyKey);
}

bool RequestVerificationCodeJob::parseSuccess(int, const QJsonDocument &body)
{
    m_expiresAt = rfc3339::parse(body.object().value(u"expiresAt").toString());
    return m_expiresAt.isValid();
}

} // namespace billing
