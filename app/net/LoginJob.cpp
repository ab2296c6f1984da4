#include "LoginJob.h"

#include <QJsonObject>

namespace billing {

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
    const auto session = SessionReply::fromJson(body.object());
    if (!session || !session->account)
        return false;
    m_session = *session;
    return true;
}

} // namespace billing
