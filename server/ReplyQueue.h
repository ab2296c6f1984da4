#pragma once

#include "HttpResponse.h"

#include <QList>
#include <QObject>

#include <optional>

class QTcpSocket;

namespace billing::server {

// Writes one connection's replies in the order its requests arrived, although a reply may
// be ready later than the next one (its request waited for the worker pool): HTTP/1.1
// pipelining requires the order.
class ReplyQueue : public QObject
{
    Q_OBJECT
public:
    static ReplyQueue *of(QTcpSocket *socket); // created on first use, owned by the socket

    qint64 reserve(); // a place for the reply to the request that just arrived
    void fulfil(qint64 place, const HttpResponse &response);

    // The bytes of a whole HTTP/1.1 reply (keep-alive unless closing).
    static QByteArray serialize(const HttpResponse &response, bool closing = false);
    static QByteArray reasonPhrase(int status);

private:
    explicit ReplyQueue(QTcpSocket *socket);
    void flush();

    QTcpSocket *m_socket;
    qint64 m_nextPlace = 0;
    qint64 m_firstPlace = 0; // the place of m_waiting's first entry
    QList<std::optional<QByteArray>> m_waiting;
};

} // namespace billing::server
