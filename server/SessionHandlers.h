#pragma once

#include "HttpResponse.h"
#include "Outcome.h"

namespace billing::server {

class Router;
class SessionService;
struct LoginResult;

// POST /api/v1/sessions (login; its password check runs on the worker pool) and
// DELETE /api/v1/sessions/current (logout).
class SessionHandlers
{
public:
    explicit SessionHandlers(SessionService &sessions);
    void registerRoutes(Router &router);

private:
    static HttpResponse reply(const Outcome<LoginResult> &outcome);

    SessionService &m_sessions;
};

} // namespace billing::server
