#include "PasswordStrength.h"

#include "FieldRules.h"

#include <QSet>

namespace billing {

PasswordStrength::Level PasswordStrength::estimate(const QString &password, const QString &username)
{
    const qsizetype length = FieldRules::characterCount(password);
    if (length == 0)
        return Level::Empty;
    if (length < FieldRules::kMinPasswordLength)
        return Level::TooShort;

    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    int points = 0;
    points += length >= 12 ? 1 : 0;
    points += length >= 16 ? 1 : 0;
    points += classes >= 2 ? 1 : 0;
    points += classes >= 3 ? 1 : 0;
    // "aaaaaaaa", "12121212" or the username in it: as good as short.
    if (distinct.size() <= 3
        || (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive)))
        points = 0;
    if (points <= 1)
        return Level::Weak;
    if (points == 2)
        return Level::Fair;
    if (points == 3)
        return Level::Good;
    return Level::Strong;
}

QString PasswordStrength::displayName(Level level)
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::TooShort:
        return tr("Too short");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Good:
        return tr("Good");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

} // namespace billing
