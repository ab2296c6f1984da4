#pragma once

#include "Clock.h"

#include <functional>

namespace billing::server {

// The system clock shifted by a whole number of seconds; the sandbox moves it with setNow()
// and it keeps running from there, ticking when the system clock's second does.
class OffsetClock : public Clock
{
public:
    using Source = std::function<QDateTime()>;
    explicit OffsetClock(Source systemNow = {});

    QDateTime now() const override;
    QDateTime systemNow() const; // unshifted, whole seconds
    // From the system clock's second `asOf` on (its current second when invalid), now() reads
    // `target`. Processes given one (target, asOf) agree on every second.
    void setNow(const QDateTime &target, const QDateTime &asOf = {});

private:
    Source m_source;
    qint64 m_offsetMs = 0;
};

} // namespace billing::server
