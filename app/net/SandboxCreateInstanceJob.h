#pragma once

#include "InstanceReplyJob.h"
#include "SettlementMethod.h"

namespace billing {

// "Activate in the sandbox market": POST /api/v1/sandbox/aliyun/instances {"aliUid","trial"}
// or POST /api/v1/sandbox/huawei/instances {"huaweiAccountId","trial"}.
class SandboxCreateInstanceJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    SandboxCreateInstanceJob(BillingClient &client, SettlementMethod marketplace,
                             const QString &accountId, bool trial, QObject *parent = nullptr);
};

} // namespace billing
