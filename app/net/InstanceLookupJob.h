#pragma once

#include "InstanceReplyJob.h"

namespace billing {

// GET /api/v1/marketplace/aliyun/instances/{id}[?aliUid=]: "Verify" in the settlement forms.
class InstanceLookupJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    InstanceLookupJob(BillingClient &client, const QString &instanceId, const QString &aliUid,
                      QObject *parent = nullptr);
};

} // namespace billing
