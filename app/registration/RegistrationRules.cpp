#include "RegistrationRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace billing {
namespace {
constexpr qsizetype kMaxUsernameLength = 32;
constexpr qsizetype kMinUsernameLength = 3;
constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMinPhoneDigits = 6;
constexpr qsizetype kMaxPhoneDigits = 20;
constexpr qsizetype kMaxCompanyLength = 128;
constexpr qsizetype kMaxWorkspaceNameLength = 64;
} // namespace

qsizetype RegistrationRules::characterCount(const QString &text)
{
    return text.toUcs4().size();
}

QString RegistrationRules::checkUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]*$"));
    if (username.isEmpty())
        return tr("Required.");
    if (!allowed.match(username).hasMatch())
        return tr("Use only letters A-Z, digits and the characters . _ -");
    if (username.size() < kMinUsernameLength || username.size() > kMaxUsernameLength)
        return tr("Use %1 to %2 characters.").arg(kMinUsernameLength).arg(kMaxUsernameLength);
    return {};
}

QString RegistrationRules::checkPassword(const QString &password, const QString &username)
{
    const qsizetype length = characterCount(password);
    if (length == 0)
        return tr("Required.");
    if (length < kMinPasswordLength)
        return tr("Use at least %1 characters.").arg(kMinPasswordLength);
    if (length > kMaxPasswordLength)
        return tr("Use at most %1 characters.").arg(kMaxPasswordLength);
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
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]+$)"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Required.");
    if (trimmed.size() > kMaxEmailLength || !pattern.match(trimmed).hasMatch())
        return tr("Enter an e-mail address like name@example.com.");
    return {};
}

QString RegistrationRules::checkVerificationCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return tr("Required. Press \"Send code\" and enter the code from the e-mail.");
    if (!sixDigits.match(trimmed).hasMatch())
        return tr("The code has %1 digits.").arg(kVerificationCodeDigits);
    return {};
}

QString RegistrationRules::checkPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9](?:[ -]?[0-9])*$)"));
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return tr("Required.");
    const qsizetype digits = std::count_if(trimmed.begin(), trimmed.end(),
                                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!pattern.match(trimmed).hasMatch() || digits < kMinPhoneDigits || digits > kMaxPhoneDigits)
        return tr("Use %1 to %2 digits, optionally starting with +; spaces and dashes may "
                  "separate them.")
            .arg(kMinPhoneDigits)
            .arg(kMaxPhoneDigits);
    return {};
}

QString RegistrationRules::checkCompany(const QString &company)
{
    const qsizetype length = characterCount(company.trimmed());
    if (length == 0)
        return tr("Required.");
    if (length > kMaxCompanyLength)
        return tr("Use at most %1 characters.").arg(kMaxCompanyLength);
    return {};
}

QString RegistrationRules::checkWorkspaceName(const QString &name)
{
    const qsizetype length = characterCount(name.trimmed());
    if (length == 0)
        return tr("Required.");
    if (length > kMaxWorkspaceNameLength)
        return tr("Use at most %1 characters.").arg(kMaxWorkspaceNameLength);
    return {};
}

QString RegistrationRules::checkLanguage(const QString &language)
{
    if (language != u"zh" && language != u"en")
        return tr("Choose Chinese or English.");
    return {};
}

} // namespace billing
