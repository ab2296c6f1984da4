#include "AddressRateLimiter.h"

namespace billing::server {
namespace {
constexpr qsizetype kCleanupThreshold = 10000;
}

AddressRateLimiter::AddressRateLimiter(const Clock &clock, int limit, qint64 windowSeconds)
    : m_clock(clock)
    , m_limit(limit)
    , m_windowSeconds(windowSeconds)
{}

qint64 AddressRateLimiter::admit(const QString &address)
{
    const QDateTime now = m_clock.now();
    if (m_windows.size() > kCleanupThreshold)
        forgetStale(now);
    Window &window = m_windows[address];
    const qint64 age = window.start.isValid() ? window.start.secsTo(now) : m_windowSeconds;
    if (age >= m_windowSeconds || age < 0) {
        window.start = now;
        window.count = 0;
    }
    if (window.count >= m_limit)
        return qMax<qint64>(1, m_windowSeconds - window.start.secsTo(now));
    ++window.count;
    return 0;
}

void AddressRateLimiter::forgetStale(const QDateTime &now)
{
    m_windows.removeIf(
        [&](const auto &entry) { return entry.value().start.secsTo(now) >= m_windowSeconds; });
}

} // namespace billing::server
