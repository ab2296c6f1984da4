#pragma once

#include <QString>

namespace billing {

// A deployment's private CA, trusted without turning certificate checks off: the PEM file
// named by BILLING_DESK_CA_FILE adds its certificates to those of the system in the default
// QSslConfiguration, which every QNetworkAccessManager created afterwards uses. Called at
// start-up by the command line and the desktop app.
inline constexpr char kCaFileVariable[] = "BILLING_DESK_CA_FILE";

// Empty when the variable is unset or empty, or its certificates were added; otherwise a
// translated sentence saying why none were (and nothing was changed).
QString trustCaFileFromEnvironment();
QString trustCaFile(const QString &path);

} // namespace billing
