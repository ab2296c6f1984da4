#pragma once

#include "ClaimReplyJob.h"

namespace billing {

// POST /api/v1/marketplace/claims {"code"} → 201: the subscription is now the account's.
class ClaimJob : public ClaimReplyJob
{
    Q_OBJECT
public:
    // idempotencyKey: the same for each attempt at one code (empty: a new one).
    ClaimJob(BillingClient &client, const QString &code, const QByteArray &idempotencyKey,
             QObject *parent = nullptr);
};

} // namespace billing
