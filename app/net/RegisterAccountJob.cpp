#include "RegisterAccountJob.h"

#include <QJsonObject>

namespace billing {

RegisterAccountJob::RegisterAccountJob(BillingClient &client, const Registration &registration,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/accounts"), Auth::None, parent)
{
    setJsonBody(registration.toJson());
    setIdempotencyKey(idempotencyKey);
}

bool RegisterAccountJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    auto session = SessionReply::fromJson(object.value(u"session").toObject());
    const auto account = accountFromJson(object.value(u"account").toObject());
    if (!session || !account)
        return false;
    session->account = account;
    m_session = *session;
    return true;
}

} // namespace billing
