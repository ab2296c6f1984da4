#include "CliWorkspaceSource.h"

#include "BillingClient.h"
#include "GetAccountJob.h"
#include "Rfc3339.h"
#include "SubscriptionListJob.h"
#include "WorkspaceCache.h"
#include "WorkspaceListJob.h"

#include <memory>

namespace billing {

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
    connect(job, &PagedListJob::finished, this, [this, job, &client, granted, received] {
        job->deleteLater();
        if (!job->ok()) {
            failOnline(job->error(), ExitFailure, job->error().userMessage());
            return;
        }
        const Snapshot snapshot{*received, granted, QDateTime::currentDateTimeUtc(), false, {}};
        if (m_withSubscriptions)
            fetchSubscriptions(client, snapshot);
        else
            deliver(snapshot);
    });
    job->start();
}

void CliWorkspaceSource::fetchSubscriptions(BillingClient &client, const Snapshot &snapshot)
{
    auto *job = new SubscriptionListJob(client, std::nullopt, this);
    connect(job, &ApiJob::finished, this, [this, job, snapshot] {
        job->deleteLater();
        if (!job->ok()) {
            failOnline(job->error(), ExitFailure, job->error().userMessage());
            return;
        }
        Snapshot withClaims = snapshot;
        withClaims.claimed = ClaimedSubscriptions::of(job->subscriptions());
        deliver(withClaims);
    });
    job->start();
}

void CliWorkspaceSource::deliver(const Snapshot &snapshot)
{
    QString error;
    WorkspaceCache cache(WorkspaceCache::defaultDirectory(), m_server, m_username);
    if (!cache.save(snapshot.workspaces, snapshot.syncedAt, &error))
        warnCacheNotUpdated(error);
    Q_EMIT loaded(snapshot);
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
        failLater(ExitFailure, message, noCache);
        return;
    }
    Snapshot snapshot{contents->workspaces, {}, contents->syncedAt, true, {}};
    snapshot.claimed = ClaimedSubscriptions::unchecked(
        tr("the offline copy does not hold the account's marketplace subscriptions"));
    snapshot.notice =
        reason + u' '
        + tr("Using the offline copy of %n workspace(s) synced %1 ago (%2); "
             "changes made on the server since then are not included.",
             nullptr, int(snapshot.workspaces.size()))
              .arg(describeAge(contents->syncedAt), rfc3339::format(contents->syncedAt));
    finishLater([this, snapshot] { Q_EMIT loaded(snapshot); });
}

} // namespace billing
