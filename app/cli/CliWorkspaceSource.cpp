#include "CliWorkspaceSource.h"

#include "BillingClient.h"
#include "CliSupport.h"
#include "GetAccountJob.h"
#include "Rfc3339.h"
#include "WorkspaceCache.h"
#include "WorkspaceListJob.h"

#include <QDir>

#include <memory>

namespace billing {
namespace {
bool unreachable(const ClientError &error)
{
    return error.kind == ClientError::Kind::Network || error.kind == ClientError::Kind::Timeout;
}
} // namespace

CliWorkspaceSource::CliWorkspaceSource(CliEnvironment &environment, const QUrl &server,
                                       const QString &username, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_server(server)
    , m_username(username)
{}

void CliWorkspaceSource::finishLater(const std::function<void()> &emitter)
{
    // Commands start before the runner's event loop: never finish from within load().
    QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
}

void CliWorkspaceSource::load(bool offline)
{
    if (offline) {
        loadCache(tr("Offline (--offline)."));
        return;
    }
    auto *client = new BillingClient(&m_env.network, m_server, this);
    auto *session = new KeychainSession(*client, m_env.credentials, m_username, this);
    session->resume([this, client](const KeychainSession::Result &result) {
        if (!result.ok()) {
            failOnline(result.error, exitCodeFor(result), result.message);
            return;
        }
        fetch(*client);
    });
}

void CliWorkspaceSource::failOnline(const ClientError &error, int exitCode, const QString &message)
{
    if (unreachable(error)) {
        loadCache(message); // ClientError's sentence: the server could not be reached
        return;
    }
    const int code =
        error.kind == ClientError::Kind::SessionExpired ? int(ExitNotLoggedIn) : exitCode;
    Q_EMIT failed(code, message, false);
}

void CliWorkspaceSource::fetch(BillingClient &client)
{
    auto *job = new GetAccountJob(client, this);
    connect(job, &ApiJob::finished, this, [this, job, &client] {
        job->deleteLater();
        if (!job->ok()) {
            failOnline(job->error(), ExitFailure, job->error().userMessage());
            return;
        }
        fetchWorkspaces(client, job->account().grantedMethods);
    });
    job->start();
}

void CliWorkspaceSource::fetchWorkspaces(BillingClient &client,
                                         const QList<SettlementMethod> &granted)
{
    auto *job = new WorkspaceListJob(client, {}, WorkspaceListJob::kDefaultPageSize, this);
    auto received = std::make_shared<QList<Workspace>>();
    connect(job, &WorkspaceListJob::workspacesReceived, this,
            [received](const QList<Workspace> &page) { received->append(page); });
    connect(job, &PagedListJob::finished, this, [this, job, granted, received] {
        job->deleteLater();
        if (!job->ok()) {
            failOnline(job->error(), ExitFailure, job->error().userMessage());
            return;
        }
        Snapshot snapshot{*received, granted, QDateTime::currentDateTimeUtc(), false, {}};
        QString error;
        WorkspaceCache cache(WorkspaceCache::defaultDirectory(), m_server, m_username);
        if (!cache.save(snapshot.workspaces, snapshot.syncedAt, &error))
            m_env.err << tr("Warning: the offline copy was not updated: %1").arg(error) << Qt::endl;
        Q_EMIT loaded(snapshot);
    });
    job->start();
}

void CliWorkspaceSource::loadCache(const QString &reason)
{
    const WorkspaceCache cache(WorkspaceCache::defaultDirectory(), m_server, m_username);
    QString error;
    const auto contents = cache.load(&error);
    if (!contents) {
        const bool noCache = error.isEmpty();
        const QString message =
            noCache ? reason + u' '
                          + tr("There is no offline copy of the workspaces of %1 on %2: run "
                               "the command once while the server can be reached.")
                                .arg(m_username, m_server.toString(QUrl::RemoveUserInfo))
                    : reason + u' ' + error;
        finishLater([this, message, noCache] { Q_EMIT failed(ExitFailure, message, noCache); });
        return;
    }
    Snapshot snapshot{contents->workspaces, {}, contents->syncedAt, true, {}};
    snapshot.notice =
        reason + u' '
        + tr("Using the offline copy of %n workspace(s) synced %1 ago (%2); "
             "changes made on the server since then are not included.",
             nullptr, int(snapshot.workspaces.size()))
              .arg(describeAge(contents->syncedAt), rfc3339::format(contents->syncedAt));
    finishLater([this, snapshot] { Q_EMIT loaded(snapshot); });
}

} // namespace billing
