#pragma once

#include <QByteArray>
#include <QString>

namespace billing::server::SecureRandom {

// libsodium's CSPRNG; sodium_init() must have run (BillingCenter does it).
QByteArray bytes(int count);
// prefix + 16 lowercase hex digits, e.g. "ws_7f3a09c1d2e4b5a6".
QString prefixedId(const QString &prefix);
// A uniformly random integer in [0, upperBound).
quint32 uniform(quint32 upperBound);

} // namespace billing::server::SecureRandom
