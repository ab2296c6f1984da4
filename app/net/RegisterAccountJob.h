#pragma once

#include "ApiJob.h"
#include "BillingClient.h"
#include "Registration.h"

namespace billing {

// POST /api/v1/accounts: creates the account and a session.
class RegisterAccountJob : public ApiJob
{
    Q_OBJECT
public:
    RegisterAccountJob(BillingClient &client, const Registration &registration,
                       const QByteArray &idempotencyKey, QObject *parent = nullptr);
    const SessionInfo &session() const { return m_session; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    SessionInfo m_session;
};

} // namespace billing
