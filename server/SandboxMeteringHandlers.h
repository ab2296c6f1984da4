#pragma once

#include "HttpResponse.h"

namespace billing::server {

class Clock;
class Router;
class SandboxMarket;
struct RequestContext;

// The sandbox market's metering endpoints (--sandbox only): what it accepted, and an outage
// that makes it refuse pushes until a given time.
class SandboxMeteringHandlers
{
public:
    SandboxMeteringHandlers(SandboxMarket &market, const Clock &clock);
    void registerRoutes(Router &router);

private:
    HttpResponse setOutage(const RequestContext &context);
    HttpResponse accepted(const RequestContext &context);
    HttpResponse outageReply() const;

    SandboxMarket &m_market;
    const Clock &m_clock;
};

} // namespace billing::server
