#pragma once

#include <QCoreApplication>
#include <QString>

namespace billing {

// The input rules of docs/api.md for the registration fields, checked before anything is
// sent. Each returns an empty string when the value is acceptable, else a translated reason.
class RegistrationRules
{
    Q_DECLARE_TR_FUNCTIONS(billing::RegistrationRules)

public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kVerificationCodeDigits = 6;

    static QString checkUsername(const QString &username);
    static QString checkPassword(const QString &password, const QString &username);
    static QString checkPasswordConfirmation(const QString &password, const QString &confirmation);
    static QString checkEmail(const QString &email);
    static QString checkVerificationCode(const QString &code);
    static QString checkPhone(const QString &phone);
    static QString checkCompany(const QString &company);
    static QString checkWorkspaceName(const QString &name);
    static QString checkLanguage(const QString &language);

    // Characters as the user sees them: a surrogate pair counts once.
    static qsizetype characterCount(const QString &text);
};

} // namespace billing
