#pragma once

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

namespace billing::bench {

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Manual time: only what the benchmark times between preparing and checking counts.
inline void setIterationTime(benchmark::State &state, const QElapsedTimer &timer)
{
    state.SetIterationTime(msSince(timer) / 1000.0);
}

// One iteration per repetition, reported in milliseconds; the median is taken over
// `repetitions`.
inline benchmark::internal::Benchmark *manualTime(benchmark::internal::Benchmark *benchmark,
                                                  int repetitions)
{
    return benchmark->UseManualTime()
        ->Iterations(1)
        ->Repetitions(repetitions)
        ->Unit(benchmark::kMillisecond);
}

} // namespace billing::bench
