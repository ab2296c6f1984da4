#include "LoginThrottle.h"

namespace billing::server {

LoginThrottle::LoginThrottle(const Clock &clock, int maxFailures, qint64 windowSeconds)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_windowSeconds(windowSeconds)
{}

QList<QDateTime> &LoginThrottle::recent(const QString &username)
{
    QList<QDateTime> &failures = m_failures[username.toLower()];
    const QDateTime now = m_clock.now();
    failures.removeIf(
        [&](const QDateTime &at) { return at.secsTo(now) >= m_windowSeconds || at > now; });
    return failures;
}

qint64 LoginThrottle::retryAfter(const QString &username)
{
    const QList<QDateTime> &failures = recent(username);
    if (failures.size() < m_maxFailures) {
        if (failures.isEmpty())
            m_failures.remove(username.toLower());
        return 0;
    }
    const QDateTime oldest = failures.at(failures.size() - m_maxFailures);
    return qMax<qint64>(1, m_windowSeconds - oldest.secsTo(m_clock.now()));
}

void LoginThrottle::forgetStale()
{
    const QDateTime now = m_clock.now();
    m_failures.removeIf([&](const auto &entry) {
        const QList<QDateTime> &failures = entry.value();
        return failures.isEmpty() || failures.last().secsTo(now) >= m_windowSeconds
               || failures.last() > now;
    });
}

void LoginThrottle::recordFailure(const QString &username)
{
    recent(username).append(m_clock.now());
}

} // namespace billing::server
