#include "RegistrationRules.h"

#include "ClaimCode.h"
#include "FieldRules.h"

#include <QRegularExpression>

namespace billing {

QString RegistrationRules::checkUsername(const QString &username)
{
    switch (FieldRules::checkUsername(username)) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Missing:
        return tr("Required.");
    case FieldVerdict::BadCharacters:
        return tr("Use only letters A-Z, digits and the characters . _ -");
    default:
        return tr("Use %1 to %2 characters.")
            .arg(FieldRules::kMinUsernameLength)
            .arg(FieldRules::kMaxUsernameLength);
    }
}

QString RegistrationRules::checkPassword(const QString &password, const QString &username)
{
    switch (FieldRules::checkPassword(password)) {
    case FieldVerdict::Ok:
        break;
    case FieldVerdict::Missing:
        return tr("Required.");
    case FieldVerdict::TooShort:
        return tr("Use at least %1 characters.").arg(FieldRules::kMinPasswordLength);
    default:
        return tr("Use at most %1 characters.").arg(FieldRules::kMaxPasswordLength);
    }
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the username.");
    return {};
}

QString RegistrationRules::checkPasswordConfirmation(const QString &password,
                                                     const QString &confirmation)
{
    if (confirmation.isEmpty())
        return tr("Enter the password again.");
    if (confirmation != password)
        return tr("The passwords do not match.");
    return {};
}

QString RegistrationRules::checkEmail(const QString &email)
{
    switch (FieldRules::checkEmail(email.trimmed())) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Missing:
        return tr("Required.");
    default:
        return tr("Enter an e-mail address like name@example.com.");
    }
}

QString RegistrationRules::checkVerificationCode(const QString &code)
{
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9]{%1}").arg(kVerificationCodeDigits)));
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return tr("Required. Press \"Send code\" and enter the code from the e-mail.");
    if (!digits.match(trimmed).hasMatch())
        return tr("The code has %1 digits.").arg(kVerificationCodeDigits);
    return {};
}

QString RegistrationRules::checkPhone(const QString &phone)
{
    switch (FieldRules::checkPhone(phone.trimmed())) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Missing:
        return tr("Required.");
    default:
        return tr("Use %1 to %2 digits, optionally starting with +; spaces and dashes may "
                  "separate them.")
            .arg(FieldRules::kMinPhoneDigits)
            .arg(FieldRules::kMaxPhoneDigits);
    }
}

QString RegistrationRules::checkCompany(const QString &company)
{
    switch (FieldRules::checkCompany(company)) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Missing:
        return tr("Required.");
    default:
        return tr("Use at most %1 characters.").arg(FieldRules::kMaxCompanyLength);
    }
}

QString RegistrationRules::checkWorkspaceName(const QString &name)
{
    switch (FieldRules::checkWorkspaceName(name)) {
    case FieldVerdict::Ok:
        return {};
    case FieldVerdict::Missing:
        return tr("Required.");
    default:
        return tr("Use at most %1 characters.").arg(FieldRules::kMaxWorkspaceNameLength);
    }
}

QString RegistrationRules::checkClaimCode(const QString &code)
{
    return ClaimCode::parse(code).message();
}

QString RegistrationRules::checkLanguage(const QString &language)
{
    if (FieldRules::checkLanguage(language) != FieldVerdict::Ok)
        return tr("Choose Chinese or English.");
    return {};
}

} // namespace billing
