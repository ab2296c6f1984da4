#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace billing {

int RetryPolicy::delayBeforeRetryMs(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const qint64 raw = std::min<qint64>(qint64(baseDelayMs) << exponent, maxDelayMs);
    const double unit = random ? random() : QRandomGenerator::global()->generateDouble();
    return int(double(raw) * (0.5 + unit));
}

} // namespace billing
