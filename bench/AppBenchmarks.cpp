// The desktop process: start-up to the main window, and its memory with every row loaded.
// Each repetition starts billing-desk-probe afresh with an empty data folder (no settings,
// no offline copy) and, with --cold, after dropping the kernel's page cache (root only).
#include "BenchEnvironment.h"
#include "BenchTiming.h"
#include "Benchmarks.h"
#include "ProbeRunner.h"

namespace billing::bench {
namespace {
ProbeRun runProbe(BenchEnvironment &environment, bool memory, bool cold, bool *pageCacheDropped)
{
    ProbeOptions options{environment.baseUrl(), environment.token(), {}, memory, cold, {}};
    options.memoryAfterSave = memory;
    const ProbeRun run = runProbe(options);
    *pageCacheDropped = run.pageCacheDropped;
    return run;
}
} // namespace

void registerAppBenchmarks(BenchEnvironment &environment, int repetitions, bool cold)
{
    manualTime(benchmark::RegisterBenchmark("startup",
                                            [&environment, cold](benchmark::State &state) {
                                                for (auto _ : state) {
                                                    bool dropped = false;
                                                    const ProbeRun run = runProbe(
                                                        environment, false, cold, &dropped);
                                                    state.SetIterationTime(run.shownMs / 1000.0);
                                                    state.counters["page_cache_dropped"] = dropped;
                                                    if (!run.error.isEmpty())
                                                        state.SkipWithError(qPrintable(run.error));
                                                }
                                            }),
               repetitions);
    manualTime(benchmark::RegisterBenchmark(
                   "window_with_rows",
                   [&environment, cold](benchmark::State &state) {
                       for (auto _ : state) {
                           bool dropped = false;
                           const ProbeRun run = runProbe(environment, true, cold, &dropped);
                           if (!run.error.isEmpty()) {
                               state.SkipWithError(qPrintable(run.error));
                               return;
                           }
                           state.SetIterationTime(run.loadedMs / 1000.0);
                           state.counters["rows"] = run.memory.at(0).toDouble();
                           state.counters["rss_mb"] = run.memory.at(1).toDouble() / 1024;
                           state.counters["peak_mb"] = run.memory.at(2).toDouble() / 1024;
                           if (run.memory.at(0).toInt() != environment.rows())
                               state.SkipWithError("the window did not load every row");
                       }
                   }),
               repetitions);
}

} // namespace billing::bench
