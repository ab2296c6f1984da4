#include "SessionJobs.h"

#include "Rfc3339.h"

#include <QJsonObject>

namespace billing {

std::optional<SessionInfo> sessionFromJson(const QJsonObject &object)
{
    SessionInfo session;
    session.token = object.value(u"token").toString();
    session.expiresAt = rfc3339::parse(object.value(u"expiresAt").toString());
    if (session.token.isEmpty())
        return std::nullopt;
    if (object.value(u"account").isObject())
        session.account = accountFromJson(object.value(u"account").toObject());
    return session;
}

LoginJob::LoginJob(BillingClient &client, const QString &username, const QString &password,
                   QObject *parent)
    : ApiJob(client, "POST", QStringLiteral("/api/v1/sessions"), Auth::None, parent)
{
    setJsonBody({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    // No idempotency key: the server would have to keep the reply, and with it the token.
    setRetrySafe(true);
}

bool LoginJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto session = sessionFromJson(body.object());
    if (!session || !session->account)
        return false;
    m_session = *session;
    return true;
}

LogoutJob::LogoutJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "DELETE", QStringLiteral("/api/v1/sessions/current"), Auth::Bearer, parent)
{
    setReauthenticateOn401(false);
}

bool LogoutJob::parseSuccess(int status, const QJsonDocument &)
{
    return status == 204 || status == 200;
}

} // namespace billing
