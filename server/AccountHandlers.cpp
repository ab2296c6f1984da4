#include "AccountHandlers.h"

#include "AccountService.h"
#include "InputRules.h"
#include "JsonBody.h"
#include "Router.h"

#include <Rfc3339.h>
#include <SiteTable.h>

namespace billing::server {
namespace {
// Reads a string field and applies a rule; returns the value only when both pass.
QString checked(FieldReader &reader, const char *key, QString (*rule)(const QString &),
                bool trim = false)
{
    auto value = reader.string(key);
    if (!value)
        return {};
    const QString text = trim ? value->trimmed() : *value;
    const QString why = rule(text);
    if (!why.isEmpty()) {
        reader.fail(key, why);
        return {};
    }
    return text;
}
} // namespace

AccountHandlers::AccountHandlers(AccountService &accounts, const SiteTable &sites)
    : m_accounts(accounts)
    , m_sites(sites)
{}

void AccountHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/verification-codes"), {Auth::None, true},
               [this](RequestContext &context) {
                   ApiError error;
                   const auto body = JsonBody::parseObject(context.request.body, &error);
                   if (!body)
                       return HttpResponse::error(error);
                   FieldErrors errors;
                   FieldReader reader(*body, errors);
                   reader.rejectUnknown({"email"});
                   const QString email = checked(reader, "email", InputRules::checkEmail);
                   if (!errors.isEmpty())
                       return HttpResponse::error(FieldReader::validationError(errors));
                   const QDateTime expiresAt = m_accounts.sendVerificationCode(email);
                   return HttpResponse::json(
                       202, {{QStringLiteral("expiresAt"), rfc3339::format(expiresAt)}});
               });

    router.add(
        "POST", QStringLiteral("/api/v1/accounts"), {Auth::None, true, true},
        [this](RequestContext &context) {
            ApiError error;
            const auto body = JsonBody::parseObject(context.request.body, &error);
            if (!body)
                return HttpResponse::error(error);
            FieldErrors errors;
            FieldReader reader(*body, errors);
            reader.rejectUnknown({"site", "username", "password", "email", "verificationCode",
                                  "phone", "company", "acceptTerms"});
            Registration registration;
            if (const auto site = reader.string("site")) {
                if (!m_sites.contains(*site))
                    reader.fail("site", QStringLiteral("Unknown site."));
                registration.site = *site;
            }
            registration.username = checked(reader, "username", InputRules::checkUsername);
            registration.password = checked(reader, "password", InputRules::checkPassword);
            registration.email = checked(reader, "email", InputRules::checkEmail);
            if (const auto code = reader.string("verificationCode")) {
                if (code->trimmed().isEmpty())
                    reader.fail("verificationCode", QStringLiteral("Required."));
                registration.verificationCode = *code;
            }
            registration.phone = checked(reader, "phone", InputRules::checkPhone);
            registration.company = checked(reader, "company", InputRules::checkCompany, true);
            const auto terms = reader.boolean("acceptTerms");
            if (terms && !*terms)
                reader.fail("acceptTerms", QStringLiteral("The terms must be accepted."));
            if (!errors.isEmpty())
                return HttpResponse::error(FieldReader::validationError(errors));

            const auto outcome = m_accounts.registerAccount(registration);
            if (!outcome.ok())
                return HttpResponse::error(outcome.error());
            const RegisteredAccount &created = outcome.value();
            const QJsonObject session{
                {QStringLiteral("token"), QString::fromLatin1(created.session.token)},
                {QStringLiteral("expiresAt"), rfc3339::format(created.session.expiresAt)}};
            return HttpResponse::json(201, {{QStringLiteral("account"), toJson(created.account)},
                                            {QStringLiteral("session"), session}})
                .withHeader("Location", "/api/v1/account");
        });

    router.add(
        "GET", QStringLiteral("/api/v1/account"), {Auth::Bearer, false},
        [](RequestContext &context) { return HttpResponse::json(200, toJson(context.account())); });
}

} // namespace billing::server
