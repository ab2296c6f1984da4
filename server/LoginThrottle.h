#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace billing::server {

// Failed attempts per key (case-insensitive): after `maxFailures` within `window`, every
// attempt for that key is refused until the oldest of them has aged out of the window.
// Logins are keyed twice: by username, and by client address with its own, higher limit, so
// that many usernames from one address do not buy more guesses.
class LoginThrottle
{
public:
    static constexpr int kMaxFailuresPerAddress = 30;

    explicit LoginThrottle(const Clock &clock, int maxFailures = 5, qint64 windowSeconds = 15 * 60,
                           int maxFailuresPerAddress = kMaxFailuresPerAddress);

    // Seconds to wait before trying again; 0 when an attempt may be made now.
    qint64 retryAfter(const QString &key);
    void recordFailure(const QString &key);
    // A login: the longer wait of its username's and its address's.
    qint64 retryAfter(const QString &username, const QString &address);
    void recordFailure(const QString &username, const QString &address);
    // Drops every key whose failures have all aged out: the keys are chosen by callers.
    void forgetStale();

private:
    using Failures = QHash<QString, QList<QDateTime>>;
    QList<QDateTime> &recent(Failures &failures, const QString &key);
    qint64 retryAfter(Failures &failures, const QString &key, int maxFailures);

    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowSeconds;
    int m_maxFailuresPerAddress;
    Failures m_failures;
    Failures m_addressFailures;
};

} // namespace billing::server
