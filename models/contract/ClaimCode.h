#pragma once

#include <QString>

namespace billing {

// A marketplace claim code (AWS, Azure): 8 characters of an alphabet without 0, 1, I and O,
// shown as XXXX-XXXX. What the user types or pastes is normalised: surrounding and inner
// white space and dashes dropped, letters upper-cased.
struct ClaimCode {
    enum class Error {
        None,
        Empty,
        BadCharacter, // a character outside the alphabet (after normalising)
        WrongLength,  // not 8 characters
    };

    static constexpr qsizetype kLength = 8;
    static const QString &alphabet(); // ABCDEFGHJKLMNPQRSTUVWXYZ23456789

    QString value; // 8 characters without the dash; empty unless ok()
    Error error = Error::None;
    QChar badCharacter; // for BadCharacter

    bool ok() const { return error == Error::None; }
    QString display() const; // XXXX-XXXX; empty unless ok()
    QString message() const; // translated; empty when ok()

    static ClaimCode parse(const QString &input);
    // What a code field shows while the user types: normalised, a dash after the 4th
    // character, characters outside the alphabet kept so that the error can name them.
    static QString typing(const QString &input);
};

} // namespace billing
