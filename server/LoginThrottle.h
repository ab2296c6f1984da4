#pragma once

#include "Clock.h"
#include "LoginFailureLog.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace billing::server {

// Failed attempts per key (case-insensitive): after `maxFailures` within `window`, every
// attempt for that key is refused until the oldest of them has aged out of the window.
// Logins are keyed twice: by username, and by client address with its own, higher limit, so
// that many usernames from one address do not buy more guesses. Other throttles sharing a
// log count under a kind of their own (Kind::SpiToken), with `maxFailures`.
class LoginThrottle
{
public:
    using Kind = LoginFailureLog::Kind;

    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowSeconds = 15 * 60;
    static constexpr int kMaxFailuresPerAddress = 30;

    // Counts in `log`; by default in this process's memory.
    explicit LoginThrottle(const Clock &clock, int maxFailures = kMaxFailures,
                           qint64 windowSeconds = kWindowSeconds,
                           int maxFailuresPerAddress = kMaxFailuresPerAddress,
                           std::unique_ptr<LoginFailureLog> log = {});

    // Seconds to wait before trying again; 0 when an attempt may be made now.
    qint64 retryAfter(const QString &key);
    void recordFailure(const QString &key);
    // A login: the longer wait of its username's and its address's.
    qint64 retryAfter(const QString &username, const QString &address);
    void recordFailure(const QString &username, const QString &address);
    // A key of another kind; Kind::Address is limited by `maxFailuresPerAddress`.
    qint64 retryAfter(Kind kind, const QString &key);
    void recordFailure(Kind kind, const QString &key);
    // Drops every failure that has aged out.
    void forgetStale();

private:
    int maxFailures(Kind kind) const;

    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowSeconds;
    int m_maxFailuresPerAddress;
    std::unique_ptr<LoginFailureLog> m_log;
};

} // namespace billing::server
