#pragma once

#include "NewWorkspace.h"
#include "WorkspaceReplyJob.h"

namespace billing {

// POST /api/v1/workspaces
class CreateWorkspaceJob : public WorkspaceReplyJob
{
    Q_OBJECT
public:
    CreateWorkspaceJob(BillingClient &client, const NewWorkspace &workspace,
                       const QByteArray &idempotencyKey, QObject *parent = nullptr);
};

} // namespace billing
