#include "SandboxCreateInstanceJob.h"

#include <QJsonObject>

namespace billing {

SandboxCreateInstanceJob::SandboxCreateInstanceJob(BillingClient &client, const QString &aliUid,
                                                   bool trial, QObject *parent)
    : InstanceReplyJob(client, "POST", QStringLiteral("/api/v1/sandbox/aliyun/instances"),
                       Auth::None, parent)
{
    setJsonBody({{QStringLiteral("aliUid"), aliUid}, {QStringLiteral("trial"), trial}});
    setIdempotencyKey({});
}

} // namespace billing
