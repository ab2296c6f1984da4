#include "AccountJobs.h"

#include "Rfc3339.h"
#include "SessionJobs.h"

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

RegisterAccountJob::RegisterAccountJob(BillingClient &client, const Registration &registration,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/accounts"), Auth::None, parent)
{
    setJsonBody({
        {QStringLiteral("site"), registration.site},
        {QStringLiteral("username"), registration.username},
        {QStringLiteral("password"), registration.password},
        {QStringLiteral("email"), registration.email},
        {QStringLiteral("verificationCode"), registration.verificationCode},
        {QStringLiteral("phone"), registration.phone},
        {QStringLiteral("company"), registration.company},
        {QStringLiteral("acceptTerms"), registration.acceptTerms},
    });
    setIdempotencyKey(idempotencyKey);
}

bool RegisterAccountJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    auto session = sessionFromJson(object.value(u"session").toObject());
    const auto account = accountFromJson(object.value(u"account").toObject());
    if (!session || !account)
        return false;
    session->account = account;
    m_session = *session;
    return true;
}

GetAccountJob::GetAccountJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/account"), Auth::Bearer, parent)
{}

bool GetAccountJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto account = accountFromJson(body.object());
    if (account)
        m_account = *account;
    return account.has_value();
}

} // namespace billing
