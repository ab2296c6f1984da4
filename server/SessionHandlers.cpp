#include "SessionHandlers.h"

#include "InputRules.h"
#include "RequestBody.h"
#include "Router.h"
#include "SessionService.h"

#include <SessionReply.h>

namespace billing::server {

SessionHandlers::SessionHandlers(SessionService &sessions)
    : m_sessions(sessions)
{}

void SessionHandlers::registerRoutes(Router &router)
{
    router.add(
        "POST", QStringLiteral("/api/v1/sessions"), {Auth::None, true, true},
        [this](RequestContext &context) {
            RequestBody body(context.request.body, {"username", "password"});
            const auto username = body.fields().string("username", InputRules::checkLoginUsername);
            const auto password = body.fields().string("password");
            if (!body.ok())
                return HttpResponse::error(body.error());

            qint64 retryAfter = 0;
            const auto attempt = m_sessions.beginLogin(
                *username, context.request.peerAddress.toString(), &retryAfter);
            if (!attempt.ok()) {
                return HttpResponse::error(attempt.error())
                    .withHeader("Retry-After", QByteArray::number(retryAfter));
            }
            // Argon2id takes a worker thread, not the event loop, for its 64 MiB.
            return HttpResponse::offload<bool>(
                [hasher = &m_sessions.hasher(), attempt = attempt.value(), password = *password] {
                    return SessionService::checkPassword(*hasher, attempt, password);
                },
                [this, attempt = attempt.value()](const bool &passwordMatches) {
                    return reply(m_sessions.finishLogin(attempt, passwordMatches));
                });
        });

    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), {Auth::Bearer, false},
               [this](RequestContext &context) {
                   m_sessions.logout(context.caller->tokenHash);
                   return HttpResponse::noContent();
               });
}

HttpResponse SessionHandlers::reply(const Outcome<LoginResult> &outcome)
{
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    const LoginResult &login = outcome.value();
    const SessionReply reply{QString::fromLatin1(login.session.token), login.session.expiresAt,
                             login.account};
    return HttpResponse::json(201, reply.toJson());
}

} // namespace billing::server
