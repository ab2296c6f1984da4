#include "SessionHandlers.h"

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
    router.add("POST", QStringLiteral("/api/v1/sessions"), {Auth::None, true, true},
               [this](RequestContext &context) {
                   RequestBody body(context.request.body, {"username", "password"});
                   const auto username = body.fields().string("username");
                   const auto password = body.fields().string("password");
                   if (!body.ok())
                       return HttpResponse::error(body.error());

                   qint64 retryAfter = 0;
                   const auto outcome = m_sessions.login(*username, *password, &retryAfter);
                   if (!outcome.ok()) {
                       HttpResponse response = HttpResponse::error(outcome.error());
                       if (retryAfter > 0)
                           response.withHeader("Retry-After", QByteArray::number(retryAfter));
                       return response;
                   }
                   const LoginResult &login = outcome.value();
                   const SessionReply reply{QString::fromLatin1(login.session.token),
                                            login.session.expiresAt, login.account};
                   return HttpResponse::json(201, reply.toJson());
               });

    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), {Auth::Bearer, false},
               [this](RequestContext &context) {
                   m_sessions.logout(context.caller->tokenHash);
                   return HttpResponse::noContent();
               });
}

} // namespace billing::server
