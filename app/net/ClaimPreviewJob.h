#pragma once

#include "ClaimReplyJob.h"

namespace billing {

// GET /api/v1/marketplace/claims/{code}: the subscription a claim code would bind, without
// using the code up.
class ClaimPreviewJob : public ClaimReplyJob
{
    Q_OBJECT
public:
    ClaimPreviewJob(BillingClient &client, const QString &code, QObject *parent = nullptr);
};

} // namespace billing
