#include "RequestDispatcher.h"

#include "AddressRateLimiter.h"
#include "Authenticator.h"
#include "IdempotencyStore.h"
#include "Logging.h"
#include "Router.h"
#include "SessionReplyRedaction.h"
#include "Transactional.h"
#include "WorkerPool.h"

#include <QElapsedTimer>

#include <exception>
#include <memory>

namespace billing::server {

struct RequestDispatcher::Recording {
    QString scope;
    QByteArray method;
    QString path;
    QByteArray key;
    QByteArray body;
    bool withSession = false;
};

RequestDispatcher::RequestDispatcher(const Router &router, const Authenticator &authenticator,
                                     IdempotencyStore &idempotency, AddressRateLimiter &rateLimiter,
                                     const SessionReplyRedaction &sessionReplies,
                                     Transactional &transactions, WorkerPool &workers)
    : m_router(router)
    , m_authenticator(authenticator)
    , m_idempotency(idempotency)
    , m_rateLimiter(rateLimiter)
    , m_sessionReplies(sessionReplies)
    , m_transactions(transactions)
    , m_workers(workers)
{}

void RequestDispatcher::dispatch(const HttpRequest &request, Reply reply)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // The path only: SPI query strings carry the marketplace token.
    auto finish = [timer, reply = std::move(reply), peer = request.peerAddress.toString(),
                   method = request.method, path = request.path](const HttpResponse &response) {
        qCInfo(lcHttp).noquote() << peer << method << path << response.status << timer->elapsed()
                                 << "ms";
        reply(response);
    };
    std::shared_ptr<Recording> recording;
    HttpResponse response = guarded(request.method + ' ' + request.path.toUtf8(),
                                    [&] { return handle(request, &recording); });
    complete(std::move(response), std::move(recording), std::move(finish));
}

HttpResponse RequestDispatcher::guarded(const QByteArray &what,
                                        const std::function<HttpResponse()> &body) const
{
    try {
        return body();
    } catch (const std::exception &failure) {
        qCCritical(lcHttp) << "request failed:" << what << "-" << failure.what();
        return HttpResponse::failed();
    }
}

// A deferred reply goes to the worker pool; its finish step (and the recording of its reply)
// runs back on the event loop, and may itself defer again.
void RequestDispatcher::complete(HttpResponse response, std::shared_ptr<Recording> recording,
                                 std::function<void(const HttpResponse &)> finish)
{
    const std::shared_ptr<DeferredReply> deferred = std::move(response.deferred);
    if (!deferred) {
        finish(response);
        return;
    }
    const bool queued =
        m_workers.run(deferred->work, [this, deferred, recording, finish](std::any result) {
            HttpResponse done = guarded("deferred", [&] {
                return runRecorded([&] { return deferred->finish(result); }, recording.get());
            });
            complete(std::move(done), recording, finish);
        });
    if (!queued) {
        finish(HttpResponse::error(ErrorCode::ServiceUnavailable,
                                   QStringLiteral("The server is busy; try again in a moment."))
                   .withHeader("Retry-After", "1"));
    }
}

HttpResponse RequestDispatcher::runRecorded(const Produce &produce, const Recording *recording)
{
    if (!recording)
        return produce();
    // A replay never hands out the session a log-in created, whichever way it ended.
    const auto replayable = [recording](const HttpResponse &response) {
        return recording->withSession ? SessionReplyRedaction::redact(response) : response;
    };
    HttpResponse response;
    {
        TransactionGuard transaction(m_transactions);
        // Writers take turns (SQLite's lock, PostgreSQL's writer lock): whatever recorded this
        // key before this turn is seen now, and this request does nothing twice.
        if (auto replay =
                m_idempotency.recorded(recording->scope, recording->method, recording->path,
                                       recording->key, recording->body)) {
            return recording->withSession ? m_sessionReplies.reissue(*replay) : *replay;
        }
        response = produce();
        if (!m_transactions.markedForRollback()) {
            if (!response.deferred) {
                m_idempotency.remember(recording->scope, recording->method, recording->path,
                                       recording->key, recording->body, replayable(response));
            }
            transaction.commit();
            return response;
        }
    } // the handler undid its changes: the guard rolls the rest back
    if (!response.deferred) {
        try {
            m_idempotency.remember(recording->scope, recording->method, recording->path,
                                   recording->key, recording->body, replayable(response));
        } catch (const std::exception &failure) {
            qCWarning(lcHttp) << "reply not recorded for replay:" << failure.what();
        }
    }
    return response;
}

HttpResponse RequestDispatcher::handle(const HttpRequest &request,
                                       std::shared_ptr<Recording> *recording)
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
    *recording = std::make_shared<Recording>(
        Recording{scope, request.method, request.path, *key, request.body, withSession});
    return runRecorded([&] { return match.route->handler(context); }, recording->get());
}

} // namespace billing::server
