// Issue 20, "fast on a real network": the desktop start-ups and the bulk apply through
// ShapingProxy (tests/support) at 40 ms round trip and 50 Mbit/s each way, in front of the
// bench's billing-center. Each figure also reports the bytes on the wire each way.
//  - cold_load_wan: the probe on an empty data folder, start to every row in the window;
//  - warm_start_wan: started again on that folder, start to the offline copy's rows shown;
//  - warm_sync_wan: the same after syncChanges() workspaces changed on the server, start to
//    in sync;
//  - bulk_apply_wan (and _n1 … _n8: that many chunks in flight): bulk_apply through the proxy.
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "BulkApplyEngine.h"
#include "BulkApplyRun.h"
#include "ProbeRunner.h"
#include "WanFixture.h"

#include <memory>

namespace billing::bench {
namespace {
void countBytes(benchmark::State &state, qint64 down, qint64 up)
{
    state.counters["bytes_down"] = double(down);
    state.counters["bytes_up"] = double(up);
}

ProbeRun startProbe(BenchEnvironment &environment, WanFixture &wan, bool waitForRows,
                    std::function<void()> onShown = {})
{
    return runProbe(ProbeOptions{wan.proxy().url(), environment.token(), wan.home(), waitForRows,
                                 false, std::move(onShown), true});
}

QString checkRows(const ProbeRun &run, int shownRows, int rows)
{
    if (!run.error.isEmpty())
        return run.error;
    if (shownRows >= 0 && run.shownRows != shownRows)
        return QStringLiteral("the window showed %1 rows at first, not %2 (the offline copy)")
            .arg(run.shownRows)
            .arg(shownRows);
    if (!run.memory.isEmpty() && run.memory.at(0).toInt() != rows)
        return QStringLiteral("the window holds %1 rows once in sync, not %2")
            .arg(QString::fromLatin1(run.memory.at(0)))
            .arg(rows);
    return {};
}

// An empty data folder, then every row: leaves the offline copy for the warm starts.
ProbeRun coldLoad(BenchEnvironment &environment, WanFixture &wan)
{
    wan.freshHome();
    wan.proxy().resetCounters();
    ProbeRun run = startProbe(environment, wan, true);
    run.error = checkRows(run, 0, environment.rows());
    return run;
}

// The fixture ready and, for a warm start, a cold load's offline copy in the data folder.
QString ready(BenchEnvironment &environment, WanFixture &wan, bool offlineCopy)
{
    if (!wan.prepare())
        return wan.error();
    return offlineCopy && wan.home().isEmpty() ? coldLoad(environment, wan).error : QString();
}

void registerStarts(BenchEnvironment &environment, std::shared_ptr<WanFixture> wan, int repetitions)
{
    manualTime(benchmark::RegisterBenchmark(
                   "cold_load_wan",
                   [&environment, wan](benchmark::State &state) {
                       for (auto _ : state) {
                           if (const QString error = ready(environment, *wan, false);
                               !error.isEmpty())
                               return state.SkipWithError(qPrintable(error));
                           const ProbeRun run = coldLoad(environment, *wan);
                           state.SetIterationTime(run.loadedMs / 1000.0);
                           countBytes(state, wan->proxy().bytesDown(), wan->proxy().bytesUp());
                           if (!run.error.isEmpty())
                               return state.SkipWithError(qPrintable(run.error));
                       }
                   }),
               repetitions);
    manualTime(benchmark::RegisterBenchmark(
                   "warm_start_wan",
                   [&environment, wan](benchmark::State &state) {
                       for (auto _ : state) {
                           if (const QString error = ready(environment, *wan, true);
                               !error.isEmpty())
                               return state.SkipWithError(qPrintable(error));
                           wan->proxy().resetCounters();
                           qint64 down = 0, up = 0;
                           ProbeRun run = startProbe(environment, *wan, false, [&] {
                               down = wan->proxy().bytesDown();
                               up = wan->proxy().bytesUp();
                           });
                           state.SetIterationTime(run.shownMs / 1000.0);
                           countBytes(state, down, up);
                           const QString error = checkRows(run, environment.rows(), 0);
                           if (!error.isEmpty())
                               return state.SkipWithError(qPrintable(error));
                       }
                   }),
               repetitions);
    manualTime(
        benchmark::RegisterBenchmark(
            "warm_sync_wan",
            [&environment, wan](benchmark::State &state) {
                for (auto _ : state) {
                    if (const QString error = ready(environment, *wan, true); !error.isEmpty())
                        return state.SkipWithError(qPrintable(error));
                    if (!wan->changeOnServer())
                        return state.SkipWithError(qPrintable(wan->error()));
                    wan->proxy().resetCounters();
                    const ProbeRun run = startProbe(environment, *wan, true);
                    state.SetIterationTime(run.loadedMs / 1000.0);
                    countBytes(state, wan->proxy().bytesDown(), wan->proxy().bytesUp());
                    state.counters["changed"] = wan->syncChanges();
                    const QString error = checkRows(run, environment.rows(), environment.rows());
                    if (!error.isEmpty())
                        return state.SkipWithError(qPrintable(error));
                }
            }),
        repetitions);
}

// chunksInFlight 0: the engine's default.
void registerBulkApply(BenchEnvironment &environment, std::shared_ptr<WanFixture> wan,
                       int repetitions, const char *name, int chunksInFlight)
{
    manualTime(benchmark::RegisterBenchmark(
                   name,
                   [&environment, wan, chunksInFlight](benchmark::State &state) {
                       for (auto _ : state) {
                           if (const QString error = ready(environment, *wan, false);
                               !error.isEmpty())
                               return state.SkipWithError(qPrintable(error));
                           if (!wan->nextBulkRound())
                               return state.SkipWithError(qPrintable(wan->error()));
                           wan->proxy().resetCounters();
                           const BulkApplyRun run =
                               runBulkApply(wan->client(), wan->sets(), WanFixture::kBulkSet,
                                            [&](BulkApplyEngine &engine) {
                                                if (chunksInFlight > 0)
                                                    engine.setMaxChunksInFlight(chunksInFlight);
                                            });
                           state.SetIterationTime(run.ms / 1000.0);
                           countBytes(state, wan->proxy().bytesDown(), wan->proxy().bytesUp());
                           state.counters["changes"] = run.applied;
                           if (!run.error.isEmpty())
                               return state.SkipWithError(qPrintable(run.error));
                       }
                   }),
               repetitions);
}
} // namespace

void registerWanBenchmarks(BenchEnvironment &environment, int repetitions)
{
    auto wan = std::make_shared<WanFixture>(environment, repetitions);
    registerStarts(environment, wan, repetitions);
    registerBulkApply(environment, wan, repetitions, "bulk_apply_wan", 0);
    registerBulkApply(environment, wan, repetitions, "bulk_apply_wan_n1", 1);
    registerBulkApply(environment, wan, repetitions, "bulk_apply_wan_n2", 2);
    registerBulkApply(environment, wan, repetitions, "bulk_apply_wan_n4", 4);
    registerBulkApply(environment, wan, repetitions, "bulk_apply_wan_n8", 8);
}

} // namespace billing::bench
