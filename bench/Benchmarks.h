#pragma once

namespace billing::bench {

class BenchEnvironment;

// Each registers its Google Benchmark cases (manual time, one iteration per repetition).
void registerModelBenchmarks(BenchEnvironment &environment, int repetitions);
void registerServerBenchmarks(BenchEnvironment &environment, int repetitions);
void registerExportBenchmarks(BenchEnvironment &environment, int repetitions);
void registerAuditBenchmarks(BenchEnvironment &environment, int repetitions);
void registerSettlementBenchmarks(BenchEnvironment &environment, int repetitions);
// Uses the month settle_day filled when it ran; otherwise gives every workspace a settled day
// of usage first (moves the server clock a day).
void registerCostsBenchmarks(BenchEnvironment &environment, int repetitions);
// cold: drop the page cache before each start of the desktop process (needs root).
void registerAppBenchmarks(BenchEnvironment &environment, int repetitions, bool cold);
// Issue 20: start-ups and the bulk apply through a shaping proxy (40 ms RTT, 50 Mbit/s).
void registerWanBenchmarks(BenchEnvironment &environment, int repetitions);

} // namespace billing::bench
