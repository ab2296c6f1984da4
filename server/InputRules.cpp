#include "InputRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace billing::server::InputRules {
namespace {
// Characters as the user sees them: a surrogate pair counts once.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}
} // namespace

QString checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!pattern.match(username).hasMatch())
        return QStringLiteral("Use 3-32 characters: letters A-Z, digits, '.', '_' or '-'.");
    return {};
}

QString checkPassword(const QString &password)
{
    const qsizetype length = characterCount(password);
    if (length < 8 || length > 128)
        return QStringLiteral("Use 8-128 characters.");
    return {};
}

QString checkEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]+$)"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return QStringLiteral("Enter an e-mail address like name@example.com.");
    return {};
}

QString checkPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9](?:[ -]?[0-9])*$)"));
    const qsizetype digits =
        std::count_if(phone.begin(), phone.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!pattern.match(phone).hasMatch() || digits < 6 || digits > 20)
        return QStringLiteral("Use 6-20 digits, optionally starting with '+', with spaces or "
                              "dashes between digits.");
    return {};
}

QString checkCompany(const QString &trimmed)
{
    const qsizetype length = characterCount(trimmed);
    if (length < 1 || length > 128)
        return QStringLiteral("Use 1-128 characters.");
    return {};
}

QString checkWorkspaceName(const QString &trimmed)
{
    const qsizetype length = characterCount(trimmed);
    if (length < 1 || length > 64)
        return QStringLiteral("Use 1-64 characters.");
    return {};
}

QString checkLanguage(const QString &language)
{
    if (language != u"zh" && language != u"en")
        return QStringLiteral("Must be \"zh\" or \"en\".");
    return {};
}

} // namespace billing::server::InputRules
