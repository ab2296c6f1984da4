#pragma once

#include "Clock.h"
#include "RequestWindows.h"

#include <QString>

#include <memory>

namespace billing::server {

// At most `limit` requests per address in each fixed window; loopback callers are not
// counted (the dispatcher decides who is).
class AddressRateLimiter
{
public:
    static constexpr int kLimit = 600;
    static constexpr qint64 kWindowSeconds = 60;

    // Counts in `windows`; by default in this process's memory.
    explicit AddressRateLimiter(const Clock &clock, int limit = kLimit,
                                qint64 windowSeconds = kWindowSeconds,
                                std::unique_ptr<RequestWindows> windows = {});

    // Counts the request; returns 0 when allowed, else the seconds until the window resets.
    qint64 admit(const QString &address);
    // Drops every window that has ended.
    void forgetStale();

private:
    const Clock &m_clock;
    int m_limit;
    qint64 m_windowSeconds;
    std::unique_ptr<RequestWindows> m_windows;
};

} // namespace billing::server
