#pragma once

#include "ForwardedFor.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace billing::server {

// Accepts connections with TCP_NODELAY set: replies are written in several small pieces and
// Nagle's algorithm would otherwise hold the last one back for a delayed ACK (~40 ms).
// Also answers "Expect: 100-continue", which QtHttpServer 6.4 ignores.
// With a TLS configuration each connection does its handshake before QtHttpServer sees it.
// Admission happens before any handshake: at most maxConnections open in all (loopback
// included), and at most maxPerAddress from one address that is neither loopback nor a
// trusted proxy; every admitted connection gets a ConnectionWatch.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 512;
        int maxPerAddress = 32;
        int timeoutMs = 30 * 1000;
        ForwardedFor proxies; // their connections are limited only by maxConnections
    };

    explicit LowDelayTcpServer(Limits limits, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    int openConnections() const { return int(m_open.size()); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QTcpSocket *accept(qintptr socketDescriptor);
    enum class Refusal { None, ServerFull, AddressFull };
    Refusal refusal(const QTcpSocket *socket) const;
    void track(QTcpSocket *socket);

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QSet<QTcpSocket *> m_open;
};

} // namespace billing::server
