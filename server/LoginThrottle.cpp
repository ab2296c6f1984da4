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

qint64 LoginThrottle::retryAfter(Kind kind, const QString &key, int maxFailures)
{
    const QDateTime now = m_clock.now();
    QList<QDateTime> recent = m_log->after(kind, key.toLower(), now.addSecs(-m_windowSeconds));
    // A clock moved back (only the sandbox's can be) leaves failures "from the future".
    recent.removeIf([&](const QDateTime &at) { return at > now; });
    if (recent.size() < maxFailures)
        return 0;
    const QDateTime oldest = recent.at(recent.size() - maxFailures);
    return std::max<qint64>(1, m_windowSeconds - oldest.secsTo(now));
}

qint64 LoginThrottle::retryAfter(const QString &key)
{
    return retryAfter(Kind::Username, key, m_maxFailures);
}

qint64 LoginThrottle::retryAfter(const QString &username, const QString &address)
{
    return std::max(retryAfter(Kind::Username, username, m_maxFailures),
                    retryAfter(Kind::Address, address, m_maxFailuresPerAddress));
}

void LoginThrottle::forgetStale()
{
    m_log->forgetUpTo(m_clock.now().addSecs(-m_windowSeconds));
}

void LoginThrottle::recordFailure(const QString &key)
{
    m_log->add(Kind::Username, key.toLower(), m_clock.now());
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    recordFailure(username);
    m_log->add(Kind::Address, address.toLower(), m_clock.now());
}

} // namespace billing::server
