#include "WorkspaceSync.h"

#include "WorkspaceListJob.h"
#include "WorkspacesLog.h"

namespace billing {

WorkspaceSync::WorkspaceSync(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

WorkspaceSync::~WorkspaceSync()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool WorkspaceSync::isRunning() const
{
    return !m_job.isNull();
}

void WorkspaceSync::start(const QString &syncToken)
{
    if (m_job)
        return;
    startJob(syncToken.isEmpty() ? Mode::Full : Mode::Delta, syncToken);
}

void WorkspaceSync::startJob(Mode mode, const QString &syncToken)
{
    m_mode = mode;
    m_syncToken.clear();
    m_receivedIds.clear();
    m_receivedRows = 0;
    WorkspaceListQuery query;
    query.changedSince = syncToken;
    auto *job = new WorkspaceListJob(m_client, query, WorkspaceListJob::kDefaultPageSize, this);
    m_job = job;
    connect(job, &WorkspaceListJob::workspacesReceived, this, [this](const QList<Workspace> &page) {
        if (m_mode == Mode::Full) {
            for (const Workspace &workspace : page)
                m_receivedIds.insert(workspace.id);
        }
        m_receivedRows += int(page.size());
        Q_EMIT pageReceived(page);
        Q_EMIT progress(m_receivedRows);
    });
    connect(job, &PagedListJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        const ClientError error = job->error();
        if (m_mode == Mode::Delta && error.isApi(ErrorCode::SyncTokenExpired)) {
            qCInfo(lcWorkspaces) << "sync token expired; loading every workspace";
            Q_EMIT restartedInFull();
            startJob(Mode::Full, {});
            return;
        }
        if (error.isError()) {
            qCWarning(lcWorkspaces) << "workspace sync failed:" << error.detail;
        } else {
            m_syncToken = job->syncToken();
            qCInfo(lcWorkspaces) << (m_mode == Mode::Delta ? "workspace delta:" : "workspace list:")
                                 << m_receivedRows << "rows," << job->skippedItems() << "skipped";
        }
        Q_EMIT finished(error);
    });
    job->start();
}

void WorkspaceSync::abort()
{
    if (m_job)
        m_job->abort();
}

} // namespace billing
