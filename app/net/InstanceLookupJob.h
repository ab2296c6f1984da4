#pragma once

#include "InstanceReplyJob.h"
#include "SettlementMethod.h"

namespace billing {

// "Verify" in the settlement forms: GET /api/v1/marketplace/aliyun/instances/{id}[?aliUid=]
// or GET /api/v1/marketplace/huawei/instances/{id}[?huaweiAccountId=].
class InstanceLookupJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    InstanceLookupJob(BillingClient &client, SettlementMethod marketplace,
                      const QString &instanceId, const QString &accountId,
                      QObject *parent = nullptr);
};

} // namespace billing
