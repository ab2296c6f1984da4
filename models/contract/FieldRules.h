#pragma once

#include <QString>

namespace billing {

// What a field rule found. The client turns a verdict into its translated reason, the server
// into its English wire message; the rule itself exists only here.
enum class FieldVerdict { Ok, Missing, BadCharacters, TooShort, TooLong, BadFormat };

// The input rules of the registration fields (docs/api.md, "Identifiers and values").
// Values are checked as given: a caller that trims first does so itself, except where the
// rule is "after trimming" (company, workspace name).
namespace FieldRules {

constexpr qsizetype kMinUsernameLength = 3;
constexpr qsizetype kMaxUsernameLength = 32;
constexpr qsizetype kMinPasswordLength = 8;
constexpr qsizetype kMaxPasswordLength = 128;
constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMinPhoneDigits = 6;
constexpr qsizetype kMaxPhoneDigits = 20;
constexpr qsizetype kMaxCompanyLength = 128;
constexpr qsizetype kMaxWorkspaceNameLength = 64;

// Characters as the user sees them: a surrogate pair counts once.
qsizetype characterCount(const QString &text);

FieldVerdict checkUsername(const QString &username); // 3-32 of A-Z a-z 0-9 . _ -
FieldVerdict checkPassword(const QString &password); // 8-128 characters
FieldVerdict checkEmail(const QString &email);       // local@domain.tld, at most 254
FieldVerdict checkPhone(const QString &phone);     // optional +, 6-20 digits, spaces/dashes between
FieldVerdict checkCompany(const QString &company); // 1-128 characters after trimming
FieldVerdict checkWorkspaceName(const QString &name); // 1-64 characters after trimming
FieldVerdict checkLanguage(const QString &language);  // "zh" or "en"

} // namespace FieldRules
} // namespace billing
