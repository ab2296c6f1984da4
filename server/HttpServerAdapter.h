#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "LowDelayTcpServer.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

#include <functional>

namespace billing::server {

// The only place that knows QtHttpServer: turns each QHttpServerRequest into a plain
// HttpRequest, asks the dispatcher, and writes the HttpResponse back when it is ready (in
// request order, see ReplyQueue).
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Reply = std::function<void(const HttpResponse &)>;
    using Dispatch = std::function<void(const HttpRequest &, Reply)>;

    HttpServerAdapter(Dispatch dispatch, LowDelayTcpServer::Limits limits,
                      QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // With a configuration set before listenOn(), connections are TLS.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    // Listens on address:port (0 picks a free port); returns the port or 0 with *error set.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);
    // Stops accepting; connections already open stay until they are served and drained.
    void stopListening();
    // Bytes still queued for writing on open connections.
    qint64 pendingBytes() const;
    void closeConnections();

    // Open connections one non-loopback address may hold; more are answered 429 and closed.
    static constexpr int kMaxConnectionsPerAddress = 32;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void guardNewConnections();
    HttpRequest convert(const QHttpServerRequest &request) const;

    Dispatch m_dispatch;
    LowDelayTcpServer::Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QPointer<LowDelayTcpServer> m_tcpServer;
};

} // namespace billing::server
