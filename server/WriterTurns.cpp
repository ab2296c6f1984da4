#include "WriterTurns.h"

#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

namespace billing::server {
namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kRetryStep = std::chrono::milliseconds(1);
// A foreground writer retries every millisecond; one that has not retried for this long has
// got the lock (or given up).
constexpr std::int64_t kStillWaitingMs = 4;
// The background writer never waits longer than this for foreground writers.
constexpr auto kLongestYield = std::chrono::milliseconds(200);

std::atomic<std::int64_t> lastForegroundWaitMs{-1'000'000};

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
        .count();
}
} // namespace

const WriterTurns::Policy WriterTurns::kServer{SqliteDatabase::kBusyTimeoutMs, true};
const WriterTurns::Policy WriterTurns::kBackground{SqliteDatabase::kBusyTimeoutMs, false};

void WriterTurns::install(sqlite3 *connection, const Policy &policy)
{
    sqlite3_busy_handler(connection, &WriterTurns::onBusy,
                         const_cast<void *>(static_cast<const void *>(&policy)));
}

int WriterTurns::onBusy(void *policy, int attempts)
{
    const auto &wait = *static_cast<const Policy *>(policy);
    // Each attempt sleeps at least a millisecond: the count bounds the time from below.
    if (attempts >= wait.timeoutMs)
        return 0;
    if (wait.foreground)
        lastForegroundWaitMs.store(nowMs());
    std::this_thread::sleep_for(kRetryStep);
    return 1;
}

void WriterTurns::yieldToWaitingWriters()
{
    const auto giveUp = Clock::now() + kLongestYield;
    while (nowMs() - lastForegroundWaitMs.load() < kStillWaitingMs && Clock::now() < giveUp)
        std::this_thread::sleep_for(kRetryStep);
}

} // namespace billing::server
