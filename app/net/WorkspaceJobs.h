#pragma once

#include "ApiJob.h"
#include "SettlementChange.h"
#include "Workspace.h"

namespace billing {

class BillingClient;

// A job whose success body is one Workspace.
class WorkspaceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const Workspace &workspace() const { return m_workspace; }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    Workspace m_workspace;
};

// GET /api/v1/workspaces/{id}
class GetWorkspaceJob : public WorkspaceReplyJob
{
    Q_OBJECT
public:
    GetWorkspaceJob(BillingClient &client, const QString &workspaceId, QObject *parent = nullptr);
};

// What registration step 3 submits.
struct NewWorkspace {
    QString name;
    QString site;
    QString language;
    SettlementChange settlement; // workspaceId and expectedVersion unused
    bool createBillingCenterAccount = false;
};

// POST /api/v1/workspaces
class CreateWorkspaceJob : public WorkspaceReplyJob
{
    Q_OBJECT
public:
    CreateWorkspaceJob(BillingClient &client, const NewWorkspace &workspace,
                       const QByteArray &idempotencyKey, QObject *parent = nullptr);
};

// PUT /api/v1/workspaces/{id}/settlement
class ChangeSettlementJob : public WorkspaceReplyJob
{
    Q_OBJECT
public:
    ChangeSettlementJob(BillingClient &client, const SettlementChange &change,
                        const QByteArray &idempotencyKey, QObject *parent = nullptr);
};

} // namespace billing
