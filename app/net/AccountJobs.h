#pragma once

#include "ApiJob.h"
#include "BillingClient.h"

namespace billing {

// POST /api/v1/verification-codes
class RequestVerificationCodeJob : public ApiJob
{
    Q_OBJECT
public:
    RequestVerificationCodeJob(BillingClient &client, const QString &email,
                               const QByteArray &idempotencyKey = {}, QObject *parent = nullptr);
    QDateTime expiresAt() const { return m_expiresAt; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QDateTime m_expiresAt;
};

// The fields of registration steps 1-2.
struct Registration {
    QString site;
    QString username;
    QString password;
    QString email;
    QString verificationCode;
    QString phone;
    QString company;
    bool acceptTerms = false;
};

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

// GET /api/v1/account
class GetAccountJob : public ApiJob
{
    Q_OBJECT
public:
    explicit GetAccountJob(BillingClient &client, QObject *parent = nullptr);
    const Account &account() const { return m_account; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    Account m_account;
};

} // namespace billing
