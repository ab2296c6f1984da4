#include "AccountHandlers.h"

#include "AccountService.h"
#include "InputRules.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "RegistrationInput.h"
#include "RequestBody.h"
#include "Router.h"

#include <Rfc3339.h>
#include <SessionReply.h>

namespace billing::server {

AccountHandlers::AccountHandlers(AccountService &accounts, const SiteTable &sites,
                                 const Clock &clock)
    : m_accounts(accounts)
    , m_sites(sites)
    , m_mailQuota(clock)
{}

void AccountHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/verification-codes"), {Auth::None, true},
               [this](RequestContext &context) {
                   RequestBody body(context.request.body, {"email"});
                   const auto email = body.fields().string("email", InputRules::checkEmail);
                   if (!body.ok())
                       return HttpResponse::error(body.error());
                   const HttpRequest &request = context.request;
                   if (const qint64 wait =
                           m_mailQuota.admit(email->trimmed().toLower(),
                                             request.peerAddress.toString(), !request.isLoopback)) {
                       qCInfo(lcAuth) << "verification code for" << request.peerAddress.toString()
                                      << "refused: too many mails";
                       return HttpResponse::error(
                                  ErrorCode::RateLimited,
                                  QStringLiteral("Too many verification codes requested; try "
                                                 "again later."))
                           .withHeader("Retry-After", QByteArray::number(wait));
                   }
                   const QDateTime expiresAt = m_accounts.sendVerificationCode(*email);
                   return HttpResponse::json(
                       202, {{QStringLiteral("expiresAt"), rfc3339::format(expiresAt)}});
               });

    router.add("POST", QStringLiteral("/api/v1/accounts"), {Auth::None, true, true},
               [this](RequestContext &context) {
                   RequestBody body(context.request.body, Registration::jsonKeys());
                   const auto registration = RegistrationInput::read(body.fields(), m_sites);
                   if (!registration)
                       return HttpResponse::error(body.error());

                   if (const auto refused = m_accounts.checkRegistration(*registration))
                       return HttpResponse::error(*refused);
                   // Argon2id takes a worker thread, not the event loop, for its 64 MiB.
                   return HttpResponse::offload<QByteArray>(
                       [hasher = &m_accounts.hasher(), password = registration->password] {
                           return hasher->hash(password);
                       },
                       [this, registration = *registration](const QByteArray &passwordHash) {
                           return created(
                               m_accounts.completeRegistration(registration, passwordHash));
                       });
               });

    router.add(
        "GET", QStringLiteral("/api/v1/account"), {Auth::Bearer, false},
        [](RequestContext &context) { return HttpResponse::json(200, toJson(context.account())); });
}

HttpResponse AccountHandlers::created(const Outcome<RegisteredAccount> &outcome)
{
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    const RegisteredAccount &account = outcome.value();
    const SessionReply session{QString::fromLatin1(account.session.token),
                               account.session.expiresAt, std::nullopt};
    return HttpResponse::json(201, {{QStringLiteral("account"), toJson(account.account)},
                                    {QStringLiteral("session"), session.toJson()}})
        .withHeader("Location", "/api/v1/account");
}

} // namespace billing::server
