#include "SessionHandlers.h"

#include "JsonBody.h"
#include "Router.h"
#include "SessionService.h"

#include <Rfc3339.h>

namespace billing::server {

SessionHandlers::SessionHandlers(SessionService &sessions)
    : m_sessions(sessions)
{}

void SessionHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/sessions"), {Auth::None, true, true},
               [this](RequestContext &context) {
                   ApiError error;
                   const auto body = JsonBody::parseObject(context.request.body, &error);
                   if (!body)
                       return HttpResponse::error(error);
                   FieldErrors errors;
                   FieldReader reader(*body, errors);
                   reader.rejectUnknown({"username", "password"});
                   const auto username = reader.string("username");
                   const auto password = reader.string("password");
                   if (!errors.isEmpty())
                       return HttpResponse::error(FieldReader::validationError(errors));

                   qint64 retryAfter = 0;
                   const auto outcome = m_sessions.login(*username, *password, &retryAfter);
                   if (!outcome.ok()) {
                       HttpResponse response = HttpResponse::error(outcome.error());
                       if (retryAfter > 0)
                           response.withHeader("Retry-After", QByteArray::number(retryAfter));
                       return response;
                   }
                   const LoginResult &login = outcome.value();
                   return HttpResponse::json(
                       201,
                       {{QStringLiteral("token"), QString::fromLatin1(login.session.token)},
                        {QStringLiteral("expiresAt"), rfc3339::format(login.session.expiresAt)},
                        {QStringLiteral("account"), toJson(login.account)}});
               });

    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), {Auth::Bearer, false},
               [this](RequestContext &context) {
                   m_sessions.logout(context.caller->tokenHash);
                   return HttpResponse::noContent();
               });
}

} // namespace billing::server
