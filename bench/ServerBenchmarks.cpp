// Against the real billing-center on loopback: the bulk engine next to one PUT per change (as a
// per-workspace dialog would do it), and fetching every workspace through paging.
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "BulkApplyEngine.h"
#include "ChangeJournal.h"
#include "ChangeSettlementJob.h"
#include "MarketplaceHelpers.h"
#include "SettlementEligibility.h"
#include "StagedChanges.h"
#include "WorkspaceListJob.h"

#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace billing::bench {
namespace {
constexpr int kBulkChanges = 10000;
constexpr int kSequentialChanges = 1000;
// More than a calendar month: every workspace of a set may change again (monthly rule).
constexpr int kDaysBetweenRounds = 35;
constexpr int kWaitLimitMs = 10 * 60 * 1000;

// Runs the event loop until `done` is emitted (or the limit passes); false on the limit.
template <typename Sender, typename Signal> bool waitFor(Sender *sender, Signal done)
{
    QEventLoop loop;
    QObject::connect(sender, done, &loop, &QEventLoop::quit);
    QTimer limit;
    bool timedOut = false;
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    limit.start(kWaitLimitMs);
    loop.exec();
    return !timedOut;
}

// Two disjoint sets of Billing Center workspaces that may move to Azure (a grant of the demo
// account, offered on every site). Each round flips a set: to Azure, back, to Azure…
class FlippingSets
{
public:
    FlippingSets(BenchEnvironment &environment, int bulkSize, int sequentialSize)
    {
        const SettlementEligibility eligibility(SiteTable::builtIn(), {SettlementMethod::Azure});
        SettlementChange toAzure;
        toAzure.method = SettlementMethod::Azure;
        toAzure.subscriptionId = test::kDemoAzureSubscription;
        for (const Workspace &workspace : environment.workspaces()) {
            if (workspace.settlement.method != SettlementMethod::BillingCenter
                || !eligibility.check(workspace, toAzure, environment.serverNow()).allowed())
                continue;
            if (m_bulk.size() < bulkSize)
                m_bulk << workspace.id;
            else if (m_sequential.size() < sequentialSize)
                m_sequential << workspace.id;
            else
                break;
            m_current.insert(workspace.id, workspace);
        }
    }

    const QStringList &bulk() const { return m_bulk; }
    const QStringList &sequential() const { return m_sequential; }

    // The change that flips a workspace of a set, against its current version.
    SettlementChange flip(const QString &id) const
    {
        const Workspace &workspace = m_current[id];
        SettlementChange change;
        change.workspaceId = id;
        change.method = workspace.settlement.method == SettlementMethod::BillingCenter
                            ? SettlementMethod::Azure
                            : SettlementMethod::BillingCenter;
        if (change.method == SettlementMethod::Azure)
            change.subscriptionId = test::kDemoAzureSubscription; // claimed by the demo account
        change.expectedVersion = workspace.version;
        return change;
    }
    QList<StagedChange> flipAll(const QStringList &ids) const
    {
        QList<StagedChange> changes;
        changes.reserve(ids.size());
        for (const QString &id : ids)
            changes << stagedChangeFor(m_current[id], flip(id));
        return changes;
    }
    void update(const Workspace &workspace) { m_current[workspace.id] = workspace; }

private:
    QStringList m_bulk, m_sequential;
    QHash<QString, Workspace> m_current;
};
} // namespace

void registerServerBenchmarks(BenchEnvironment &environment, int repetitions)
{
    // Small accounts (the short run in scripts/test) split their rows between the two sets.
    const int bulkSize = qMin(kBulkChanges, environment.rows() / 4);
    const int sequentialSize = qMin(kSequentialChanges, environment.rows() / 20);
    auto sets = std::make_shared<FlippingSets>(environment, bulkSize, sequentialSize);

    manualTime(benchmark::RegisterBenchmark(
                   "bulk_apply",
                   [&environment, sets](benchmark::State &state) {
                       for (auto _ : state) {
                           if (!environment.advanceServerClock(kDaysBetweenRounds)) {
                               state.SkipWithError(qPrintable(environment.error()));
                               return;
                           }
                           // With the journal on disk, as WorkspaceSession runs it.
                           QTemporaryDir journalDir;
                           ChangeJournal journal(journalDir.path(), environment.server().baseUrl(),
                                                 QStringLiteral("demo"));
                           StagedChanges staged;
                           BulkApplyEngine engine(environment.client(), staged, &journal);
                           staged.put(sets->flipAll(sets->bulk()));
                           // In the app staging saves the journal, before Apply is pressed.
                           if (!engine.saveJournal()) {
                               state.SkipWithError("the journal could not be saved");
                               return;
                           }
                           QObject::connect(&engine, &BulkApplyEngine::workspacesApplied,
                                            [sets](const QList<Workspace> &applied) {
                                                for (const Workspace &workspace : applied)
                                                    sets->update(workspace);
                                            });
                           QElapsedTimer timer;
                           timer.start();
                           engine.apply();
                           const bool finished = engine.isRunning()
                                                     ? waitFor(&engine, &BulkApplyEngine::finished)
                                                     : true;
                           setIterationTime(state, timer);
                           const BulkApplyEngine::Summary &summary = engine.summary();
                           state.counters["changes"] = summary.applied;
                           if (!finished || summary.applied != sets->bulk().size())
                               state.SkipWithError(
                                   qPrintable(QStringLiteral("%1 of %2 applied (%3 rejected) %4")
                                                  .arg(summary.applied)
                                                  .arg(sets->bulk().size())
                                                  .arg(summary.rejected)
                                                  .arg(summary.error.detail)));
                       }
                   }),
               repetitions);

    manualTime(benchmark::RegisterBenchmark(
                   "sequential_apply",
                   [&environment, sets](benchmark::State &state) {
                       for (auto _ : state) {
                           if (!environment.advanceServerClock(kDaysBetweenRounds)) {
                               state.SkipWithError(qPrintable(environment.error()));
                               return;
                           }
                           int applied = 0;
                           QElapsedTimer timer;
                           timer.start();
                           for (const QString &id : sets->sequential()) {
                               ChangeSettlementJob job(environment.client(), sets->flip(id),
                                                       BillingClient::newIdempotencyKey());
                               job.start();
                               if (!job.isFinished() && !waitFor(&job, &ApiJob::finished))
                                   break;
                               if (!job.ok())
                                   break;
                               sets->update(job.workspace());
                               ++applied;
                           }
                           setIterationTime(state, timer);
                           state.counters["changes"] = applied;
                           if (applied != sets->sequential().size())
                               state.SkipWithError("a PUT failed");
                       }
                   }),
               repetitions);

    manualTime(benchmark::RegisterBenchmark(
                   "server_list",
                   [&environment](benchmark::State &state) {
                       for (auto _ : state) {
                           qsizetype received = 0;
                           WorkspaceListJob job(environment.client());
                           QObject::connect(&job, &WorkspaceListJob::workspacesReceived,
                                            [&received](const QList<Workspace> &page) {
                                                received += page.size();
                                            });
                           QElapsedTimer timer;
                           timer.start();
                           job.start();
                           const bool finished = waitFor(&job, &PagedListJob::finished);
                           setIterationTime(state, timer);
                           if (!finished || !job.ok() || received != environment.rows())
                               state.SkipWithError("listing failed");
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
