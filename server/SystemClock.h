#pragma once

#include "Clock.h"

namespace billing::server {

// Real time, whole seconds; for the few checks that must not follow the sandbox clock alone.
class SystemClock : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    }
};

} // namespace billing::server
