#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace billing::server {

// --tls-cert and --tls-key read into a server configuration: the PEM chain (the server's
// certificate first), an RSA or EC key that belongs to it, TLS 1.2 or later.
std::optional<QSslConfiguration> loadTlsFiles(const QString &certificatePath,
                                              const QString &keyPath, QString *error);

} // namespace billing::server
