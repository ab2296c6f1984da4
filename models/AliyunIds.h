#pragma once

#include <QString>

namespace billing {

// Why a pasted identifier was refused; each has its own message.
enum class IdError {
    None,
    Empty,
    NotDigits,      // something other than 0-9 after trimming
    WrongLength,    // Account ID: not exactly 16 digits
    RamNameMissing, // "@1234…": the RAM user name before '@' is empty
    LeadingZero,    // Instance ID: "0…" (also "0" itself: not positive)
    TooLong,        // Instance ID: more than 19 digits
    OutOfRange,     // Instance ID: 19 digits but above the 64-bit maximum
    NotHex,         // Huawei Cloud Account ID: something other than 0-9 a-f
    WrongHexLength, // Huawei Cloud Account ID: not exactly 32 hex digits
    BadCharacters,  // KooGallery instance / AWS subscription: outside [A-Za-z0-9_-] or > 64
    NotGuid,        // Azure subscription: not 8-4-4-4-12 hex digits
};

struct IdParseResult {
    QString value; // the normalised identifier, empty unless ok()
    IdError error = IdError::None;
    qsizetype digits = 0; // how many characters the offending part had (for WrongLength)

    bool ok() const { return error == IdError::None; }
    QString message() const; // translated, names the field's rule
};

// Alibaba Cloud Account ID (UID): exactly 16 decimal digits. Surrounding white space is
// trimmed; a RAM sub-account's "name@UID" keeps the UID after the last '@'.
IdParseResult parseAliyunAccountId(const QString &input);

// Alibaba Cloud Marketplace Product Instance ID: a positive 64-bit integer, no leading
// zeros, at most 19 digits. Surrounding white space is trimmed.
IdParseResult parseInstanceId(const QString &input);

} // namespace billing
