#pragma once

#include "ApiJob.h"

#include <QDateTime>

namespace billing {

// The sandbox server's clock: GET reads it; setting a time moves it (POST {"now"}), and
// passing midnight Beijing time settles the day before.
class SandboxClockJob : public ApiJob
{
    Q_OBJECT
public:
    // An invalid `to` only reads the clock.
    explicit SandboxClockJob(BillingClient &client, const QDateTime &to = {},
                             QObject *parent = nullptr);

    QDateTime now() const { return m_now; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QDateTime m_now;
};

} // namespace billing
