#include "LoginThrottle.h"

namespace billing::server {

LoginThrottle::LoginThrottle(const Clock &clock, int maxFailures, qint64 windowSeconds,
                             int maxFailuresPerAddress)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_windowSeconds(windowSeconds)
    , m_maxFailuresPerAddress(maxFailuresPerAddress)
{}

QList<QDateTime> &LoginThrottle::recent(Failures &failures, const QString &key)
{
    QList<QDateTime> &list = failures[key.toLower()];
    const QDateTime now = m_clock.now();
    list.removeIf(
        [&](const QDateTime &at) { return at.secsTo(now) >= m_windowSeconds || at > now; });
    return list;
}

qint64 LoginThrottle::retryAfter(Failures &failures, const QString &key, int maxFailures)
{
    const QList<QDateTime> &list = recent(failures, key);
    if (list.size() < maxFailures) {
        if (list.isEmpty())
            failures.remove(key.toLower());
        return 0;
    }
    const QDateTime oldest = list.at(list.size() - maxFailures);
    return qMax<qint64>(1, m_windowSeconds - oldest.secsTo(m_clock.now()));
}

qint64 LoginThrottle::retryAfter(const QString &key)
{
    return retryAfter(m_failures, key, m_maxFailures);
}

qint64 LoginThrottle::retryAfter(const QString &username, const QString &address)
{
    return qMax(retryAfter(m_failures, username, m_maxFailures),
                retryAfter(m_addressFailures, address, m_maxFailuresPerAddress));
}

void LoginThrottle::forgetStale()
{
    const QDateTime now = m_clock.now();
    const auto stale = [&](const auto &entry) {
        const QList<QDateTime> &failures = entry.value();
        return failures.isEmpty() || failures.last().secsTo(now) >= m_windowSeconds
               || failures.last() > now;
    };
    m_failures.removeIf(stale);
    m_addressFailures.removeIf(stale);
}

void LoginThrottle::recordFailure(const QString &key)
{
    recent(m_failures, key).append(m_clock.now());
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    recordFailure(username);
    recent(m_addressFailures, address).append(m_clock.now());
}

} // namespace billing::server
