#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace billing::server::SpiSignature {

// The marketplace token: lowercase hex MD5 of every parameter except `token`, sorted by name
// (then value), joined as "k=v&k=v", followed by "&key=<secret>".
QByteArray compute(const QList<QPair<QString, QString>> &parameters, const QByteArray &secret);
// Constant-time comparison against the received `token` (false when it is missing).
bool verify(const QList<QPair<QString, QString>> &parameters, const QByteArray &secret);

} // namespace billing::server::SpiSignature
