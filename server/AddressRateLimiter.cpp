#include "AddressRateLimiter.h"

namespace billing::server {

AddressRateLimiter::AddressRateLimiter(const Clock &clock, int limit, qint64 windowSeconds,
                                       std::unique_ptr<RequestWindows> windows)
    : m_clock(clock)
    , m_limit(limit)
    , m_windowSeconds(windowSeconds)
    , m_windows(windows ? std::move(windows) : std::make_unique<MemoryRequestWindows>())
{}

qint64 AddressRateLimiter::admit(const QString &address)
{
    const QDateTime now = m_clock.now();
    const RequestWindows::Window window = m_windows->count(address, now, m_windowSeconds);
    if (window.requests <= m_limit)
        return 0;
    return qMax<qint64>(1, m_windowSeconds - window.start.secsTo(now));
}

void AddressRateLimiter::forgetStale()
{
    m_windows->forgetUpTo(m_clock.now().addSecs(-m_windowSeconds));
}

} // namespace billing::server
