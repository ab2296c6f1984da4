#pragma once

#include <QCoreApplication>
#include <QString>

namespace billing {

// The registration fields' rules (the contract's FieldRules, plus the checks only the form
// has), checked before anything is sent. Each returns an empty string when the value is
// acceptable, else a translated reason. Values are trimmed first where the form sends them
// trimmed (RegistrationForm::normalise).
class RegistrationRules
{
    Q_DECLARE_TR_FUNCTIONS(billing::RegistrationRules)

public:
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
    // An AWS / Azure claim code: 8 characters once spaces and dashes are dropped (the
    // Billing Center tells a wrong one).
    static QString checkClaimCode(const QString &code);
};

} // namespace billing
