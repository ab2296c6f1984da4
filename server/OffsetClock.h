#pragma once

#include "Clock.h"

#include <functional>

namespace billing::server {

// The system clock shifted by an offset; the sandbox moves it with setNow() and it keeps
// running from there.
class OffsetClock : public Clock
{
public:
    using Source = std::function<QDateTime()>;
    explicit OffsetClock(Source systemNow = {});

    QDateTime now() const override;
    QDateTime systemNow() const; // unshifted, whole seconds
    void setNow(const QDateTime &target);

private:
    Source m_source;
    qint64 m_offsetMs = 0;
};

} // namespace billing::server
