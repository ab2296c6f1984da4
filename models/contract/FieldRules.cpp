#include "FieldRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace billing::FieldRules {
namespace {
// The whole value must match: a trailing line break is not let through as QRegularExpression's
// "$" would.
QRegularExpression exactly(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

FieldVerdict checkLength(qsizetype length, qsizetype min, qsizetype max)
{
    if (length == 0)
        return FieldVerdict::Missing;
    if (length < min)
        return FieldVerdict::TooShort;
    if (length > max)
        return FieldVerdict::TooLong;
    return FieldVerdict::Ok;
}
} // namespace

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

FieldVerdict checkUsername(const QString &username)
{
    static const QRegularExpression allowed = exactly(QStringLiteral("[A-Za-z0-9._-]*"));
    if (username.isEmpty())
        return FieldVerdict::Missing;
    if (!allowed.match(username).hasMatch())
        return FieldVerdict::BadCharacters;
    return checkLength(username.size(), kMinUsernameLength, kMaxUsernameLength);
}

FieldVerdict checkPassword(const QString &password)
{
    return checkLength(characterCount(password), kMinPasswordLength, kMaxPasswordLength);
}

FieldVerdict checkEmail(const QString &email)
{
    static const QRegularExpression pattern =
        exactly(QStringLiteral(R"([^@\s]+@(?:[^@\s.]+\.)+[^@\s.]+)"));
    if (email.isEmpty())
        return FieldVerdict::Missing;
    if (email.size() > kMaxEmailLength)
        return FieldVerdict::TooLong;
    if (!pattern.match(email).hasMatch())
        return FieldVerdict::BadFormat;
    return FieldVerdict::Ok;
}

FieldVerdict checkPhone(const QString &phone)
{
    static const QRegularExpression pattern = exactly(QStringLiteral(R"(\+?[0-9](?:[ -]?[0-9])*)"));
    if (phone.isEmpty())
        return FieldVerdict::Missing;
    if (!pattern.match(phone).hasMatch())
        return FieldVerdict::BadFormat;
    const qsizetype digits =
        std::count_if(phone.begin(), phone.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digits < kMinPhoneDigits)
        return FieldVerdict::TooShort;
    if (digits > kMaxPhoneDigits)
        return FieldVerdict::TooLong;
    return FieldVerdict::Ok;
}

FieldVerdict checkCompany(const QString &company)
{
    return checkLength(characterCount(company.trimmed()), 1, kMaxCompanyLength);
}

FieldVerdict checkWorkspaceName(const QString &name)
{
    return checkLength(characterCount(name.trimmed()), 1, kMaxWorkspaceNameLength);
}

FieldVerdict checkLanguage(const QString &language)
{
    if (language.isEmpty())
        return FieldVerdict::Missing;
    return language == u"zh" || language == u"en" ? FieldVerdict::Ok : FieldVerdict::BadFormat;
}

} // namespace billing::FieldRules
