#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace billing::server {

// Watches one connection's bytes before QtHttpServer reads them, because QtHttpServer 6.4
// buffers whatever arrives: a head of any size, any number of headers, a body of any length.
// Over a limit, the guard takes the socket over: it answers 413 payload_too_large with
// "Connection: close", discards what the client still sends and closes. Nothing reaches the
// dispatcher, so nothing is stored.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024; // request line and headers
    static constexpr int kMaxHeaders = 100;
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024; // as the dispatcher's limit
    // What one request may bring in all; beyond it the body is over the limit in any framing.
    static constexpr qint64 kMaxRequestBytes = kMaxHeadBytes + kMaxBodyBytes + 64 * 1024;

    // Must be called before QtHttpServer connects to the socket's readyRead.
    static void attach(QTcpSocket *socket);
    // For a connection over a connection limit: 429 rate_limited (its address's limit) or
    // 503 service_unavailable (the server's), at once, then close.
    static void refuseConnection(QTcpSocket *socket, bool serverFull);

private:
    explicit RequestGuard(QTcpSocket *socket);
    void inspect();
    // Empty when the head is acceptable, else why not.
    QByteArray checkHead(const QByteArray &head, qint64 *contentLength) const;
    void refuse(const QByteArray &why, qint64 bodyStillExpected);
    void answerAndDiscard(const QByteArray &reply, qint64 bytesToDiscard);
    void takeOver();
    void discard();

    QTcpSocket *m_socket;
    qint64 m_requestBytes = 0;
    bool m_headSeen = false;
    QByteArray m_head;         // the head as received so far, until it is complete
    qint64 m_discardLeft = -1; // -1: not refused; else bytes still to swallow before closing
};

} // namespace billing::server
