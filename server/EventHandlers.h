#pragma once

#include "HttpResponse.h"

namespace billing::server {

class EventService;
class Router;
struct RequestContext;

// GET /api/v1/workspaces/{id}/history and GET /api/v1/audit.
class EventHandlers
{
public:
    explicit EventHandlers(EventService &events);
    void registerRoutes(Router &router);

private:
    HttpResponse history(const RequestContext &context);
    HttpResponse audit(const RequestContext &context);

    EventService &m_events;
};

} // namespace billing::server
