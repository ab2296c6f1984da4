#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace billing::load {

struct AsyncReply {
    int status = 0; // 0: no HTTP reply (networkError says why)
    QString networkError;
    QByteArray body;
    QJsonDocument json;
    bool replayed = false; // Idempotent-Replayed: true
    qint64 latencyUs = 0;

    QString errorCode() const;
    // "200", "409 version_conflict", "network: …": how LoadStats counts it.
    QString outcome() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One request on the event loop; `done` runs when the reply (or a failure) arrives.
void sendAsync(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
               const QByteArray &body, const Headers &headers,
               std::function<void(const AsyncReply &)> done);

} // namespace billing::load
