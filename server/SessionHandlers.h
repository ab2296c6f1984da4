#pragma once

namespace billing::server {

class Router;
class SessionService;

// POST /api/v1/sessions (login) and DELETE /api/v1/sessions/current (logout).
class SessionHandlers
{
public:
    explicit SessionHandlers(SessionService &sessions);
    void registerRoutes(Router &router);

private:
    SessionService &m_sessions;
};

} // namespace billing::server
