#include "WorkspaceJobs.h"

#include "BillingClient.h"

#include <QJsonObject>
#include <QUrl>

namespace billing {
namespace {
QString workspacePath(const QString &id)
{
    return u"/api/v1/workspaces/" + QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

bool WorkspaceReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto workspace = workspaceFromJson(body.object());
    if (workspace)
        m_workspace = *workspace;
    return workspace.has_value();
}

GetWorkspaceJob::GetWorkspaceJob(BillingClient &client, const QString &workspaceId, QObject *parent)
    : WorkspaceReplyJob(client, "GET", workspacePath(workspaceId), Auth::Bearer, parent)
{}

CreateWorkspaceJob::CreateWorkspaceJob(BillingClient &client, const NewWorkspace &workspace,
                                       const QByteArray &idempotencyKey, QObject *parent)
    : WorkspaceReplyJob(client, "POST", QStringLiteral("/api/v1/workspaces"), Auth::Bearer, parent)
{
    setJsonBody({
        {QStringLiteral("name"), workspace.name},
        {QStringLiteral("site"), workspace.site},
        {QStringLiteral("language"), workspace.language},
        {QStringLiteral("settlement"), workspace.settlement.toJson(false)},
        {QStringLiteral("createBillingCenterAccount"), workspace.createBillingCenterAccount},
    });
    setIdempotencyKey(idempotencyKey);
}

ChangeSettlementJob::ChangeSettlementJob(BillingClient &client, const SettlementChange &change,
                                         const QByteArray &idempotencyKey, QObject *parent)
    : WorkspaceReplyJob(client, "PUT", workspacePath(change.workspaceId) + u"/settlement",
                        Auth::Bearer, parent)
{
    setJsonBody(change.toJson(false));
    setIdempotencyKey(idempotencyKey);
}

} // namespace billing
