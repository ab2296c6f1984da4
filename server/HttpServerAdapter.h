#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace billing::server {

class LowDelayTcpServer;

// The only place that knows QtHttpServer: turns each QHttpServerRequest into a plain
// HttpRequest, asks the dispatcher, and writes the HttpResponse back.
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServerAdapter(Dispatch dispatch, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

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
    bool admitConnection(QTcpSocket *socket);
    static HttpRequest convert(const QHttpServerRequest &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    Dispatch m_dispatch;
    LowDelayTcpServer *m_tcpServer = nullptr;
};

} // namespace billing::server
