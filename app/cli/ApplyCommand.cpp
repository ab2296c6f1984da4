#include "ApplyCommand.h"

#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "CliSupport.h"
#include "GetAccountJob.h"
#include "PlanDiff.h"
#include "PlanReader.h"
#include "SiteTable.h"
#include "SubscriptionListJob.h"
#include "WorkspaceListJob.h"

namespace billing {

QString ApplyCommand::description() const
{
    return tr("Apply a plan file (JSON or CSV export format) to the workspaces on the server.");
}

void ApplyCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_dryRun.setDescription(tr("Show what would change; change nothing."));
    parser.addOption(m_dryRun);
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."),
                                 QStringLiteral("PLAN"));
}

QString ApplyCommand::checkOptions(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return tr("Name one plan file: billing-desk apply PLAN --server URL --username NAME.");
    return m_server.check(parser);
}

void ApplyCommand::fail(const ClientError &error)
{
    m_env->err << error.userMessage() << Qt::endl;
    Q_EMIT finished(error.kind == ClientError::Kind::SessionExpired ? ExitNotLoggedIn
                                                                    : ExitFailure);
}

void ApplyCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    m_env = &environment;
    m_dry = parser.isSet(m_dryRun);
    const QString path = parser.positionalArguments().constFirst();
    const PlanReadResult read = PlanReader().readFile(path);
    if (!read.ok()) {
        bool unreadable = false;
        for (const PlanIssue &issue : read.issues) {
            environment.err << path << QStringLiteral(": ") << issue.toString() << Qt::endl;
            unreadable = unreadable || issue.line == 0;
        }
        // Not from within run(): the runner's event loop has not started yet.
        const int code = unreadable ? ExitFailure : ExitRejected;
        QMetaObject::invokeMethod(
            this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
        return;
    }
    auto *client = new BillingClient(&environment.network, m_server.server(parser), this);
    auto *session =
        new KeychainSession(*client, environment.credentials, m_server.username(parser), this);
    const Plan plan = read.plan;
    session->resume([this, client, plan](const KeychainSession::Result &result) {
        if (!result.ok()) {
            m_env->err << result.message << Qt::endl;
            Q_EMIT finished(exitCodeFor(result));
            return;
        }
        fetchAccount(*client, plan);
    });
}

void ApplyCommand::fetchAccount(BillingClient &client, const Plan &plan)
{
    auto *job = new GetAccountJob(client, this);
    connect(job, &ApiJob::finished, this, [this, job, &client, plan] {
        job->deleteLater();
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        fetchWorkspaces(client, plan, job->account().grantedMethods);
    });
    job->start();
}

void ApplyCommand::fetchWorkspaces(BillingClient &client, const Plan &plan,
                                   const QList<SettlementMethod> &granted)
{
    auto *job = new WorkspaceListJob(client, {}, WorkspaceListJob::kDefaultPageSize, this);
    auto current = std::make_shared<QList<Workspace>>();
    connect(job, &WorkspaceListJob::workspacesReceived, this,
            [current](const QList<Workspace> &page) { current->append(page); });
    connect(job, &PagedListJob::finished, this, [this, job, &client, plan, granted, current] {
        job->deleteLater();
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        fetchSubscriptions(client, plan, *current, granted);
    });
    job->start();
}

void ApplyCommand::fetchSubscriptions(BillingClient &client, const Plan &plan,
                                      const QList<Workspace> &current,
                                      const QList<SettlementMethod> &granted)
{
    if (!ClaimedSubscriptions::neededBy(plan)) {
        applyDiff(client, plan, current, granted, ClaimedSubscriptions::of({}));
        return;
    }
    auto *job = new SubscriptionListJob(client, std::nullopt, this);
    connect(job, &ApiJob::finished, this, [this, job, &client, plan, current, granted] {
        job->deleteLater();
        if (!job->ok()) {
            fail(job->error());
            return;
        }
        applyDiff(client, plan, current, granted, ClaimedSubscriptions::of(job->subscriptions()));
    });
    job->start();
}

void ApplyCommand::applyDiff(BillingClient &client, const Plan &plan,
                             const QList<Workspace> &current,
                             const QList<SettlementMethod> &granted,
                             const ClaimedSubscriptions &claimed)
{
    QTextStream &out = m_env->out;
    const PlanDiffResult diff =
        PlanDiff(SiteTable::builtIn(), granted).compare(plan, current, claimed);
    if (!diff.ok()) {
        for (const PlanIssue &issue : diff.issues)
            m_env->err << issue.toString() << Qt::endl;
        m_env->err << tr("The plan has %n problem(s); nothing was applied.", nullptr,
                         int(diff.issues.size()))
                   << Qt::endl;
        Q_EMIT finished(ExitRejected);
        return;
    }
    if (m_dry) {
        for (const StagedChange &change : diff.changes) {
            out << tr("%1 (%2): %3 → %4")
                       .arg(change.workspaceId(), change.workspaceName,
                            displayName(change.original.method), displayName(change.target.method))
                << Qt::endl;
        }
        out << tr("Dry run: %n change(s) would be applied, ", nullptr, int(diff.changes.size()))
            << tr("%n row(s) unchanged. Nothing was applied.", nullptr, diff.unchanged) << Qt::endl;
        Q_EMIT finished(ExitOk);
        return;
    }
    auto *staged = new StagedChanges(this);
    staged->put(diff.changes);
    // No journal: a re-run compares with the server again, and rows already applied are
    // then unchanged; within this run each chunk keeps its key across retries.
    auto *engine = new BulkApplyEngine(client, *staged, nullptr, this);
    const int unchanged = diff.unchanged;
    connect(engine, &BulkApplyEngine::finished, this,
            [this, staged, unchanged](const BulkApplyEngine::Summary &summary) {
                for (const StagedChange &row : staged->inState(StagedState::Rejected)) {
                    m_env->out << tr("%1 (%2): %3: %4")
                                      .arg(row.workspaceId(), row.workspaceName, row.error.wireCode,
                                           row.reason)
                               << Qt::endl;
                }
                m_env->out << tr("%n applied, ", nullptr, summary.applied)
                           << tr("%n rejected, ", nullptr, summary.rejected)
                           << tr("%n unchanged.", nullptr, unchanged + summary.skipped) << Qt::endl;
                if (summary.error.isError()) {
                    m_env->err << tr("%n change(s) were not confirmed: ", nullptr,
                                     int(staged->count(StagedState::Applying) + summary.remaining))
                               << summary.error.userMessage() << Qt::endl;
                    Q_EMIT finished(summary.error.kind == ClientError::Kind::SessionExpired
                                        ? ExitNotLoggedIn
                                        : ExitFailure);
                    return;
                }
                Q_EMIT finished(summary.rejected > 0 ? ExitRejected : ExitOk);
            });
    engine->apply();
}

} // namespace billing
