#include "SandboxConsoleJob.h"

#include <QJsonObject>

namespace billing {

SandboxConsoleJob::SandboxConsoleJob(BillingClient &client, const QString &path,
                                     const QJsonObject &body, QObject *parent)
    : ApiJob(client, "POST", path, Auth::None, parent)
{
    setJsonBody(body);
    setIdempotencyKey({});
}

bool SandboxConsoleJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto result = sandboxSubscriptionFromReply(body.object());
    if (result)
        m_result = *result;
    return result.has_value();
}

} // namespace billing
