#include "InputRules.h"

#include <FieldRules.h>

// One reason per field whatever the verdict: the wire messages predate the verdicts.
namespace billing::server::InputRules {

QString checkUsername(const QString &username)
{
    if (FieldRules::checkUsername(username) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Use %1-%2 characters: letters A-Z, digits, '.', '_' or '-'.")
        .arg(FieldRules::kMinUsernameLength)
        .arg(FieldRules::kMaxUsernameLength);
}

QString checkLoginUsername(const QString &username)
{
    if (username.size() <= FieldRules::kMaxUsernameLength)
        return {};
    return QStringLiteral("At most %1 characters.").arg(FieldRules::kMaxUsernameLength);
}

QString checkPassword(const QString &password)
{
    if (FieldRules::checkPassword(password) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Use %1-%2 characters.")
        .arg(FieldRules::kMinPasswordLength)
        .arg(FieldRules::kMaxPasswordLength);
}

QString checkEmail(const QString &email)
{
    if (FieldRules::checkEmail(email) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Enter an e-mail address like name@example.com.");
}

QString checkPhone(const QString &phone)
{
    if (FieldRules::checkPhone(phone) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Use %1-%2 digits, optionally starting with '+', with spaces or dashes "
                          "between digits.")
        .arg(FieldRules::kMinPhoneDigits)
        .arg(FieldRules::kMaxPhoneDigits);
}

QString checkCompany(const QString &company)
{
    if (FieldRules::checkCompany(company) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Use 1-%1 characters.").arg(FieldRules::kMaxCompanyLength);
}

QString checkWorkspaceName(const QString &name)
{
    if (FieldRules::checkWorkspaceName(name) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Use 1-%1 characters.").arg(FieldRules::kMaxWorkspaceNameLength);
}

QString checkLanguage(const QString &language)
{
    if (FieldRules::checkLanguage(language) == FieldVerdict::Ok)
        return {};
    return QStringLiteral("Must be \"zh\" or \"en\".");
}

} // namespace billing::server::InputRules
