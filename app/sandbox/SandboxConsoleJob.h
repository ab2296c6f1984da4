#pragma once

#include "ApiJob.h"
#include "SandboxSubscription.h"

namespace billing {

// POST to a sandbox market's console, as the marketplace's buyer or operator would act:
// subscribe (201) or act on a subscription (200). Answers the subscription.
class SandboxConsoleJob : public ApiJob
{
    Q_OBJECT
public:
    SandboxConsoleJob(BillingClient &client, const QString &path, const QJsonObject &body,
                      QObject *parent = nullptr);

    const SandboxSubscription &result() const { return m_result; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    SandboxSubscription m_result;
};

} // namespace billing
