#include "ClaimCode.h"

#include <QCoreApplication>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ClaimCode)
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2013);
}

QString compact(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!isSeparator(c))
            out.append(c.toUpper());
    }
    return out;
}
} // namespace

const QString &ClaimCode::alphabet()
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    return letters;
}

ClaimCode ClaimCode::parse(const QString &input)
{
    ClaimCode code;
    const QString text = compact(input);
    if (text.isEmpty()) {
        code.error = Error::Empty;
        return code;
    }
    for (QChar c : text) {
        if (!alphabet().contains(c)) {
            code.error = Error::BadCharacter;
            code.badCharacter = c;
            return code;
        }
    }
    if (text.size() != kLength) {
        code.error = Error::WrongLength;
        return code;
    }
    code.value = text;
    return code;
}

QString ClaimCode::typing(const QString &input)
{
    const QString text = compact(input);
    if (text.size() <= kLength / 2)
        return text;
    return text.left(kLength / 2) + u'-' + text.mid(kLength / 2);
}

QString ClaimCode::display() const
{
    return ok() ? typing(value) : QString();
}

QString ClaimCode::message() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return Text::tr("Enter the claim code the marketplace page showed (XXXX-XXXX).");
    case Error::BadCharacter:
        if (badCharacter == u'0' || badCharacter == u'O' || badCharacter == u'1'
            || badCharacter == u'I')
            return Text::tr("Claim codes never contain 0, O, 1 or I; check the character "
                            "“%1”.")
                .arg(badCharacter);
        return Text::tr("“%1” cannot be part of a claim code: use the letters and digits "
                        "shown on the marketplace page.")
            .arg(badCharacter);
    case Error::WrongLength:
        return Text::tr("A claim code has 8 characters (XXXX-XXXX).");
    }
    return {};
}

} // namespace billing
