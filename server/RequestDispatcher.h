#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace billing::server {

class AddressRateLimiter;
class Authenticator;
class IdempotencyStore;
class Router;
class SessionReplyRedaction;

// The request pipeline in front of every handler: address rate limit, body size, routing
// (404/405), authentication, Idempotency-Key replay, and turning failures into 500 internal.
class RequestDispatcher
{
public:
    RequestDispatcher(const Router &router, const Authenticator &authenticator,
                      IdempotencyStore &idempotency, AddressRateLimiter &rateLimiter,
                      const SessionReplyRedaction &sessionReplies);

    HttpResponse dispatch(const HttpRequest &request);

    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

private:
    HttpResponse handle(const HttpRequest &request);

    const Router &m_router;
    const Authenticator &m_authenticator;
    IdempotencyStore &m_idempotency;
    AddressRateLimiter &m_rateLimiter;
    const SessionReplyRedaction &m_sessionReplies;
};

} // namespace billing::server
