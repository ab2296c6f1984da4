// Against the real billing-center on loopback: the bulk engine next to one PUT per change (as a
// per-workspace dialog would do it), and fetching every workspace through paging.
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "BulkApplyRun.h"
#include "ChangeSettlementJob.h"
#include "FlippingSets.h"
#include "WaitFor.h"
#include "WorkspaceListJob.h"

#include <memory>

namespace billing::bench {
namespace {
constexpr int kBulkChanges = 10000;
constexpr int kSequentialChanges = 1000;
// More than a calendar month: every workspace of a set may change again (monthly rule).
constexpr int kDaysBetweenRounds = 35;
enum Set { kBulkSet, kSequentialSet };
} // namespace

void registerServerBenchmarks(BenchEnvironment &environment, int repetitions)
{
    // Small accounts (the short run in scripts/test) split their rows between the two sets.
    const int bulkSize = qMin(kBulkChanges, environment.rows() / 4);
    const int sequentialSize = qMin(kSequentialChanges, environment.rows() / 20);
    auto sets = std::make_shared<FlippingSets>(environment.workspaces(), environment.serverNow(),
                                               QList<int>{bulkSize, sequentialSize});

    manualTime(benchmark::RegisterBenchmark(
                   "bulk_apply",
                   [&environment, sets](benchmark::State &state) {
                       for (auto _ : state) {
                           if (!environment.nextRound(*sets, kDaysBetweenRounds)) {
                               state.SkipWithError(qPrintable(environment.error()));
                               return;
                           }
                           const BulkApplyRun run =
                               runBulkApply(environment.client(), *sets, kBulkSet);
                           state.SetIterationTime(run.ms / 1000.0);
                           state.counters["changes"] = run.applied;
                           if (!run.error.isEmpty())
                               state.SkipWithError(qPrintable(run.error));
                       }
                   }),
               repetitions);

    manualTime(
        benchmark::RegisterBenchmark(
            "sequential_apply",
            [&environment, sets](benchmark::State &state) {
                for (auto _ : state) {
                    if (!environment.nextRound(*sets, kDaysBetweenRounds)) {
                        state.SkipWithError(qPrintable(environment.error()));
                        return;
                    }
                    int applied = 0;
                    QString failure;
                    QElapsedTimer timer;
                    timer.start();
                    for (const QString &id : sets->set(kSequentialSet)) {
                        ChangeSettlementJob job(environment.client(), sets->flip(id),
                                                BillingClient::newIdempotencyKey());
                        job.start();
                        if (!job.isFinished() && !waitFor(&job, &ApiJob::finished))
                            break;
                        if (!job.ok()) {
                            failure = job.error().detail;
                            break;
                        }
                        sets->update(job.workspace());
                        ++applied;
                    }
                    setIterationTime(state, timer);
                    state.counters["changes"] = applied;
                    if (applied != sets->set(kSequentialSet).size())
                        state.SkipWithError(qPrintable(
                            QStringLiteral("a PUT failed after %1: %2").arg(applied).arg(failure)));
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
