#pragma once

#include "SettlementChange.h"
#include "WorkspaceReplyJob.h"

namespace billing {

// PUT /api/v1/workspaces/{id}/settlement
class ChangeSettlementJob : public WorkspaceReplyJob
{
    Q_OBJECT
public:
    ChangeSettlementJob(BillingClient &client, const SettlementChange &change,
                        const QByteArray &idempotencyKey, QObject *parent = nullptr);
};

} // namespace billing
