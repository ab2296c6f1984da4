#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>
#include <memory>

namespace billing::server {

class AddressRateLimiter;
class Authenticator;
class IdempotencyStore;
class Router;
class SessionReplyRedaction;
class Transactional;
class WorkerPool;

// The request pipeline in front of every handler: address rate limit, body size, routing
// (404/405), authentication, Idempotency-Key replay, and turning failures into 500 internal.
// A handler's CPU-heavy step runs on the worker pool (HttpResponse::offload); the reply
// then arrives later, on the event loop. The reply to a request with an Idempotency-Key is
// recorded in the same transaction as the changes it reports: both are kept, or neither.
class RequestDispatcher
{
public:
    RequestDispatcher(const Router &router, const Authenticator &authenticator,
                      IdempotencyStore &idempotency, AddressRateLimiter &rateLimiter,
                      const SessionReplyRedaction &sessionReplies, Transactional &transactions,
                      WorkerPool &workers);

    using Reply = std::function<void(const HttpResponse &)>;
    // Calls reply exactly once, before returning or later (after an offloaded step).
    void dispatch(const HttpRequest &request, Reply reply);

    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

private:
    struct Recording; // what remembering a keyed request's reply needs
    using Produce = std::function<HttpResponse()>;

    // The reply, perhaps deferred; *recording is set for a request to remember.
    HttpResponse handle(const HttpRequest &request, std::shared_ptr<Recording> *recording);
    HttpResponse runRecorded(const Produce &produce, const Recording *recording);
    void complete(HttpResponse response, std::shared_ptr<Recording> recording,
                  std::function<void(const HttpResponse &)> finish);
    // body(), or 500 internal when it throws.
    HttpResponse guarded(const QByteArray &what, const std::function<HttpResponse()> &body) const;

    const Router &m_router;
    const Authenticator &m_authenticator;
    IdempotencyStore &m_idempotency;
    AddressRateLimiter &m_rateLimiter;
    const SessionReplyRedaction &m_sessionReplies;
    Transactional &m_transactions;
    WorkerPool &m_workers;
};

} // namespace billing::server
