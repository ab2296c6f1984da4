#pragma once

#include <QString>

namespace billing::server::InputRules {

// The contract's FieldRules with the server's English reasons: each returns an empty string
// when the value is acceptable, else why it is not. Values are checked as received.
QString checkUsername(const QString &username);
// At login only the length: a longer name can be no account's, and it must never become a
// throttle key or reach the log.
QString checkLoginUsername(const QString &username);
QString checkPassword(const QString &password);
QString checkEmail(const QString &email);
QString checkPhone(const QString &phone);
QString checkCompany(const QString &company);    // after trimming
QString checkWorkspaceName(const QString &name); // after trimming
QString checkLanguage(const QString &language);

} // namespace billing::server::InputRules
