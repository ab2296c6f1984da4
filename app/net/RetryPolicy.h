#pragma once

#include <functional>

namespace billing {

// Exponential back-off with jitter: attempt n (1-based) waits base * 2^(n-1), capped, then
// scaled by a random factor in [0.5, 1.5) so that many clients do not retry in step.
struct RetryPolicy {
    int maxAttempts = 4;
    int baseDelayMs = 250;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 60;  // a longer Retry-After is reported, not waited for
    std::function<double()> random; // in [0, 1); defaults to QRandomGenerator

    int delayBeforeRetryMs(int failedAttempts) const;
    static RetryPolicy none() { return RetryPolicy{1, 0, 0, 0, {}}; }
};

} // namespace billing
