#pragma once

#include "ApiJob.h"
#include "BillingClient.h"

namespace billing {

// POST /api/v1/sessions
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(BillingClient &client, const QString &username, const QString &password,
             QObject *parent = nullptr);
    const SessionInfo &session() const { return m_session; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    SessionInfo m_session;
};

// DELETE /api/v1/sessions/current
class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(BillingClient &client, QObject *parent = nullptr);

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
};

// Reads {"token","expiresAt"} (+ "account") as the sessions and accounts endpoints send it.
std::optional<SessionInfo> sessionFromJson(const QJsonObject &object);

} // namespace billing
