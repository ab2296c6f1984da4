#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace billing::server {

// 32 random bytes kept beside the database (`<db>.secret`, readable by the server's user
// only), so that a copy of the database alone cannot be used to guess what was keyed with
// it. Made on first start; the same on every later start.
std::optional<QByteArray> loadOrCreateServerSecret(const QString &databasePath, QString *error);

} // namespace billing::server
