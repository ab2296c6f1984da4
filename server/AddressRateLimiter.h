#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace billing::server {

// At most `limit` requests per address in each fixed window; loopback callers are not
// counted (the dispatcher decides who is).
class AddressRateLimiter
{
public:
    explicit AddressRateLimiter(const Clock &clock, int limit = 600, qint64 windowSeconds = 60);

    // Counts the request; returns 0 when allowed, else the seconds until the window resets.
    qint64 admit(const QString &address);

private:
    struct Window {
        QDateTime start;
        int count = 0;
    };
    void forgetStale(const QDateTime &now);

    const Clock &m_clock;
    int m_limit;
    qint64 m_windowSeconds;
    QHash<QString, Window> m_windows;
};

} // namespace billing::server
