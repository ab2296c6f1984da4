#include "LoginThrottle.h"

#include <algorithm>

namespace billing::server {

LoginThrottle::LoginThrottle(const Clock &clock, int maxFailures, qint64 windowSeconds,
                             int maxFailuresPerAddress, std::unique_ptr<LoginFailureLog> log)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_windowSeconds(windowSeconds)
    , m_maxFailuresPerAddress(maxFailuresPerAddress)
    , m_log(log ? std::move(log) : std::make_unique<MemoryLoginFailureLog>())
{}

int LoginThrottle::maxFailures(Kind kind) const
{
    return kind == Kind::Address ? m_maxFailuresPerAddress : m_maxFailures;
}

qint64 LoginThrottle::retryAfter(Kind kind, const QString &key)
{
    const QDateTime now = m_clock.now();
    QList<QDateTime> recent = m_log->after(kind, key.toLower(), now.addSecs(-m_windowSeconds));
    // A clock moved back (only the sandbox's can be) leaves failures "from the future".
    recent.removeIf([&](const QDateTime &at) { return at > now; });
    const int limit = maxFailures(kind);
    if (recent.size() < limit)
        return 0;
    const QDateTime oldest = recent.at(recent.size() - limit);
    return std::max<qint64>(1, m_windowSeconds - oldest.secsTo(now));
}

void LoginThrottle::recordFailure(Kind kind, const QString &key)
{
    m_log->add(kind, key.toLower(), m_clock.now());
}

qint64 LoginThrottle::retryAfter(const QString &key)
{
    return retryAfter(Kind::Username, key);
}

qint64 LoginThrottle::retryAfter(const QString &username, const QString &address)
{
    return std::max(retryAfter(Kind::Username, username), retryAfter(Kind::Address, address));
}

void LoginThrottle::forgetStale()
{
    m_log->forgetUpTo(m_clock.now().addSecs(-m_windowSeconds));
}

void LoginThrottle::recordFailure(const QString &key)
{
    recordFailure(Kind::Username, key);
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    recordFailure(Kind::Username, username);
    recordFailure(Kind::Address, address);
}

} // namespace billing::server
