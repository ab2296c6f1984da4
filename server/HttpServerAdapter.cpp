#include "HttpServerAdapter.h"

#include "Logging.h"
#include "LowDelayTcpServer.h"
#include "QueryString.h"
#include "RequestGuard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>

namespace billing::server {

HttpServerAdapter::HttpServerAdapter(Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
{}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new LowDelayTcpServer(this);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    m_tcpServer = server;
    // Connected before bind(), so each socket is guarded before QtHttpServer reads from it.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this] { guardNewConnections(); });
    bind(server);
    return server->serverPort();
}

void HttpServerAdapter::guardNewConnections()
{
    static const char *const kGuarded = "billingGuarded";
    for (QTcpSocket *socket : m_tcpServer->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        if (socket->property(kGuarded).toBool())
            continue;
        socket->setProperty(kGuarded, true);
        if (admitConnection(socket))
            RequestGuard::attach(socket);
    }
}

bool HttpServerAdapter::admitConnection(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4 ? QHostAddress(v4).isLoopback() : peer.isLoopback())
        return true;
    int open = 0;
    for (const QTcpSocket *other :
         m_tcpServer->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        if (other->state() == QAbstractSocket::ConnectedState && other->peerAddress() == peer)
            ++open;
    }
    if (open <= kMaxConnectionsPerAddress)
        return true;
    qCWarning(lcHttp).noquote() << peer.toString() << "connection refused: more than"
                                << kMaxConnectionsPerAddress << "open";
    RequestGuard::refuseConnection(socket);
    return false;
}

void HttpServerAdapter::stopListening()
{
    if (m_tcpServer)
        m_tcpServer->close();
}

qint64 HttpServerAdapter::pendingBytes() const
{
    qint64 pending = 0;
    if (!m_tcpServer)
        return pending;
    for (const QTcpSocket *socket : m_tcpServer->findChildren<QTcpSocket *>()) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            pending += socket->bytesToWrite();
    }
    return pending;
}

void HttpServerAdapter::closeConnections()
{
    if (!m_tcpServer)
        return;
    for (QTcpSocket *socket : m_tcpServer->findChildren<QTcpSocket *>())
        socket->disconnectFromHost();
}

HttpRequest HttpServerAdapter::convert(const QHttpServerRequest &request)
{
    HttpRequest plain;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    plain.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    plain.path = url.path(QUrl::FullyDecoded);
    plain.query = QueryString::decode(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &[name, value] : request.headers())
        plain.headers.append({name.toLower(), value});
    plain.body = request.body();
    plain.peerAddress = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = plain.peerAddress.toIPv4Address(&isV4);
    plain.isLoopback = isV4 ? QHostAddress(v4).isLoopback() : plain.peerAddress.isLoopback();
    return plain;
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, m_dispatch(convert(request)));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpResponse response =
        HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such resource."));
    write(request, socket, response);
}

void HttpServerAdapter::write(const QHttpServerRequest &request, QTcpSocket *socket,
                              const HttpResponse &response)
{
    // QHttpServerResponder::write() only takes a fixed initializer list of headers, so the
    // reply is written piecewise; the responder adds nothing of its own this way.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (response.status != 204 && response.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace billing::server
