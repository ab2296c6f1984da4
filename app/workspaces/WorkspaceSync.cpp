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

void WorkspaceSync::start()
{
    if (m_job)
        return;
    m_received.clear();
    auto *job = new WorkspaceListJob(m_client, {}, WorkspaceListJob::kDefaultPageSize, this);
    m_job = job;
    connect(job, &WorkspaceListJob::workspacesReceived, this, [this](const QList<Workspace> &page) {
        m_received.append(page);
        Q_EMIT progress(int(m_received.size()));
    });
    connect(job, &PagedListJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        const ClientError error = job->error();
        if (error.isError())
            qCWarning(lcWorkspaces) << "workspace list failed:" << error.detail;
        else
            qCInfo(lcWorkspaces) << "workspace list:" << m_received.size() << "rows,"
                                 << job->skippedItems() << "skipped";
        Q_EMIT finished(std::exchange(m_received, {}), error);
    });
    job->start();
}

void WorkspaceSync::abort()
{
    if (m_job)
        m_job->abort();
}

} // namespace billing
