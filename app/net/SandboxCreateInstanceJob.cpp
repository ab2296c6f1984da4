#include "SandboxCreateInstanceJob.h"

#include <QJsonObject>

namespace billing {

SandboxCreateInstanceJob::SandboxCreateInstanceJob(BillingClient &client,
                                                   SettlementMethod marketplace,
                                                   const QString &accountId, bool trial,
                                                   QObject *parent)
    : InstanceReplyJob(client, "POST", u"/api/v1/sandbox/" + toWire(marketplace) + u"/instances",
                       Auth::None, parent)
{
    const QString key = marketplace == SettlementMethod::Huawei ? QStringLiteral("huaweiAccountId")
                                                                : QStringLiteral("aliUid");
    setJsonBody({{key, accountId}, {QStringLiteral("trial"), trial}});
    setIdempotencyKey({});
}

} // namespace billing
