#pragma once

#include "ApiJob.h"

#include <QDateTime>

namespace billing {

// POST /api/v1/verification-codes: mails a code to the address.
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

} // namespace billing
