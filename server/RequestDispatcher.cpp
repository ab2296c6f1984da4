#include "RequestDispatcher.h"

#include "AddressRateLimiter.h"
#include "Authenticator.h"
#include "IdempotencyStore.h"
#include "Logging.h"
#include "Router.h"
#include "SessionReplyRedaction.h"
#include "StorageError.h"

#include <QElapsedTimer>

#include <exception>

namespace billing::server {

RequestDispatcher::RequestDispatcher(const Router &router, const Authenticator &authenticator,
                                     IdempotencyStore &idempotency, AddressRateLimiter &rateLimiter,
                                     const SessionReplyRedaction &sessionReplies)
    : m_router(router)
    , m_authenticator(authenticator)
    , m_idempotency(idempotency)
    , m_rateLimiter(rateLimiter)
    , m_sessionReplies(sessionReplies)
{}

HttpResponse RequestDispatcher::dispatch(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    try {
        response = handle(request);
    } catch (const std::exception &failure) {
        qCCritical(lcHttp) << "request failed:" << request.method << request.path << "-"
                           << failure.what();
        response = HttpResponse::error(
            ErrorCode::Internal, QStringLiteral("The server could not complete the request."));
    }
    // The path only: SPI query strings carry the marketplace token.
    qCInfo(lcHttp).noquote() << request.peerAddress.toString() << request.method << request.path
                             << response.status << timer.elapsed() << "ms";
    return response;
}

HttpResponse RequestDispatcher::handle(const HttpRequest &request)
{
    if (!request.isLoopback) {
        if (const qint64 wait = m_rateLimiter.admit(request.peerAddress.toString())) {
            return HttpResponse::error(ErrorCode::RateLimited,
                                       QStringLiteral("Too many requests from this address."))
                .withHeader("Retry-After", QByteArray::number(wait));
        }
    }
    if (request.body.size() > kMaxBodyBytes) {
        return HttpResponse::error(ErrorCode::PayloadTooLarge,
                                   QStringLiteral("The request body is larger than 8 MiB."));
    }

    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.allowedMethods.isEmpty())
            return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such resource."));
        return HttpResponse::error(ErrorCode::MethodNotSupported,
                                   QStringLiteral("This resource does not support %1.")
                                       .arg(QString::fromLatin1(request.method)))
            .withHeader("Allow", match.allowedMethods.join(", "));
    }

    RequestContext context{request, match.params, std::nullopt};
    if (match.route->options.auth == Auth::Bearer) {
        context.caller = m_authenticator.authenticate(request.header("authorization"));
        if (!context.caller) {
            return HttpResponse::error(ErrorCode::Unauthenticated,
                                       QStringLiteral("A valid bearer token is required."));
        }
    }

    const auto key =
        match.route->options.idempotent ? request.header("idempotency-key") : std::nullopt;
    if (!key)
        return match.route->handler(context);
    if (!IdempotencyStore::isValidKey(*key)) {
        return HttpResponse::error(ErrorCode::ValidationFailed,
                                   QStringLiteral("Invalid Idempotency-Key header."),
                                   {{QStringLiteral("Idempotency-Key"),
                                     QStringLiteral("Use 1-128 printable ASCII characters.")}});
    }
    const QString scope = context.caller ? QStringLiteral("acc:") + context.caller->account.id
                                         : request.addressScope();
    const auto lookup =
        m_idempotency.lookup(scope, request.method, request.path, *key, request.body);
    const bool withSession = match.route->options.repliesWithSession;
    if (lookup.replay)
        return withSession ? m_sessionReplies.reissue(*lookup.replay) : *lookup.replay;
    const HttpResponse response = match.route->handler(context);
    m_idempotency.remember(scope, request.method, request.path, *key, request.body,
                           withSession ? SessionReplyRedaction::redact(response) : response);
    return response;
}

} // namespace billing::server
