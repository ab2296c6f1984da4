#pragma once

#include <QByteArray>

namespace billing::server::SessionTokens {

// 32 random bytes, base64url without padding (43 characters).
QByteArray generate();
// Whether text looks like a token generate() made (cheap check before any lookup).
bool isWellFormed(const QByteArray &token);
// Lowercase hex SHA-256: the only form a token is stored in. Also used for e-mail codes.
QByteArray hash(const QByteArray &secret);

} // namespace billing::server::SessionTokens
