#include "CreateWorkspaceJob.h"

namespace billing {

CreateWorkspaceJob::CreateWorkspaceJob(BillingClient &client, const NewWorkspace &workspace,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : WorkspaceReplyJob(client, "POST", QStringLiteral("/api/v1/workspaces"), Auth::Bearer, parent)
{
    setJsonBody(workspace.toJson());
    setIdempotencyKey(idempotencyKey);
}

} // namespace billing
