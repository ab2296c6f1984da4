#pragma once

#include "InstanceReplyJob.h"

namespace billing {

// POST /api/v1/sandbox/aliyun/instances: "Activate in the sandbox market".
class SandboxCreateInstanceJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    SandboxCreateInstanceJob(BillingClient &client, const QString &aliUid, bool trial,
                             QObject *parent = nullptr);
};

} // namespace billing
