#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace billing::server {

// Failed logins per username (case-insensitive): after `maxFailures` within `window`, every
// login for that username is refused until the oldest of them has aged out of the window.
class LoginThrottle
{
public:
    explicit LoginThrottle(const Clock &clock, int maxFailures = 5, qint64 windowSeconds = 15 * 60);

    // Seconds to wait before trying again; 0 when a login may be attempted now.
    qint64 retryAfter(const QString &username);
    void recordFailure(const QString &username);
    // Drops every key whose failures have all aged out: the keys are chosen by callers.
    void forgetStale();

private:
    QList<QDateTime> &recent(const QString &username);

    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowSeconds;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace billing::server
