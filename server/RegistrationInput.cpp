#include "RegistrationInput.h"

#include "InputRules.h"

#include <SiteTable.h>

namespace billing::server::RegistrationInput {
std::optional<Registration> read(FieldReader &reader, const SiteTable &sites)
{
    if (const auto site = reader.string("site"); site && !sites.contains(*site))
        reader.fail("site", QStringLiteral("Unknown site."));
    reader.string("username", InputRules::checkUsername);
    reader.string("password", InputRules::checkPassword);
    reader.string("email", InputRules::checkEmail);
    if (const auto code = reader.string("verificationCode"); code && code->trimmed().isEmpty())
        reader.fail("verificationCode", QStringLiteral("Required."));
    reader.string("phone", InputRules::checkPhone);
    reader.string("company", InputRules::checkCompany);
    if (const auto terms = reader.boolean("acceptTerms"); terms && !*terms)
        reader.fail("acceptTerms", QStringLiteral("The terms must be accepted."));
    if (reader.hasErrors())
        return std::nullopt;
    return Registration::fromJson(reader.json());
}

} // namespace billing::server::RegistrationInput
