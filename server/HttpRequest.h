#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace billing::server {

// A request as the dispatcher sees it: no QtHttpServer types, so handlers and tests stay plain.
struct HttpRequest {
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // percent-decoded
    QList<QPair<QString, QString>> query;         // decoded, in received order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress peerAddress;
    bool isLoopback = false;

    // The first header with this (lower-case) name.
    std::optional<QByteArray> header(const QByteArray &lowerName) const;
    // The first query item with this name.
    std::optional<QString> queryValue(const QString &name) const;
    // "addr:<ip>": the idempotency scope of an unauthenticated caller.
    QString addressScope() const;
};

} // namespace billing::server
