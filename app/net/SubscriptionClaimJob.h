#pragma once

#include "InstanceReplyJob.h"

namespace billing {

// POST /api/v1/marketplace/claims {"code"} → 201 subscription, now the account's. The
// registration wizard claims an AWS / Azure subscription with it before it creates the
// workspace settled through it.
class SubscriptionClaimJob : public InstanceReplyJob
{
    Q_OBJECT
public:
    // idempotencyKey: the same for every attempt at one code, so a retry of a claim that
    // went through is answered with its 201 instead of "code used".
    SubscriptionClaimJob(BillingClient &client, const QString &code,
                         const QByteArray &idempotencyKey, QObject *parent = nullptr);
};

} // namespace billing
