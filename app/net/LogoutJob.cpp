#include "LogoutJob.h"

namespace billing {

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
