#pragma once

#include "ApiJob.h"

namespace billing {

// DELETE /api/v1/sessions/current
class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(BillingClient &client, QObject *parent = nullptr);

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
};

} // namespace billing
