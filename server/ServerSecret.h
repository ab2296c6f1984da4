#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace billing::server {

// 32 random bytes kept out of the database (by default `<db>.secret` beside a SQLite file,
// readable by the server's user only), so that a copy of the database alone cannot be used to
// guess what was keyed with it. Made on first start; the same on every later start, and for
// every process serving one PostgreSQL database (ServerOptions::secretPath).
std::optional<QByteArray> loadOrCreateServerSecret(const QString &path, QString *error);

} // namespace billing::server
