#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace billing::server::HuaweiSignature {

// What KooGallery puts in the query of every callback (interface version 2).
struct Credentials {
    QByteArray signature; // lowercase hex as received (upper-case hex is accepted)
    QString timestamp;    // as received: it is signed as text
    qint64 timestampMs = 0;
    QString nonce;
};

// signature, timestamp (Unix milliseconds, decimal) and nonce (1-128 visible ASCII characters),
// or nullopt when one is missing or malformed.
std::optional<Credentials> read(const QList<QPair<QString, QString>> &query);

// lowercase hex HMAC-SHA256(key, nonce + timestamp + lowercase hex SHA-256(body)).
QByteArray compute(const QByteArray &key, const QString &nonce, const QString &timestamp,
                   const QByteArray &body);
// Constant-time comparison of the received signature with the one computed over `body`.
bool verify(const Credentials &credentials, const QByteArray &key, const QByteArray &body);

// The query of a signed callback (what the sandbox console sends).
QList<QPair<QString, QString>> signedQuery(const QByteArray &key, const QString &nonce,
                                           qint64 timestampMs, const QByteArray &body);

} // namespace billing::server::HuaweiSignature
