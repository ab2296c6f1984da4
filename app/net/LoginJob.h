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

} // namespace billing
