#pragma once

#include <QDateTime>

namespace billing::server {

// The one source of "now" for every rule that reads time; injected, never global.
class Clock
{
public:
    virtual ~Clock() = default;
    // UTC, whole seconds (what the wire carries, so stored times round-trip exactly).
    virtual QDateTime now() const = 0;
};

} // namespace billing::server
