#pragma once

#include <QString>

namespace billing::server::InputRules {

// Each returns an empty string when the value is acceptable, else why it is not.
QString checkUsername(const QString &username); // 3-32 of A-Z a-z 0-9 . _ -
QString checkPassword(const QString &password); // 8-128 characters
QString checkEmail(const QString &email);       // local@domain.tld, at most 254 characters
QString checkPhone(const QString &phone);       // optional +, 6-20 digits, spaces/dashes between
QString checkCompany(const QString &trimmed);   // 1-128 characters after trimming
QString checkWorkspaceName(const QString &trimmed); // 1-64 characters after trimming
QString checkLanguage(const QString &language);     // zh or en

} // namespace billing::server::InputRules
