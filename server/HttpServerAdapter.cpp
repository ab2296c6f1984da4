#include "HttpServerAdapter.h"

#include "ConnectionWatch.h"
#include "ContentCoding.h"
#include "QueryString.h"
#include "ReplyQueue.h"
#include "RequestDispatcher.h"
#include "RequestGuard.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>

namespace billing::server {

HttpServerAdapter::HttpServerAdapter(Dispatch dispatch, LowDelayTcpServer::Limits limits,
                                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
    , m_limits(std::move(limits))
{}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new LowDelayTcpServer(m_limits, this);
    if (m_tls)
        server->setTls(*m_tls);
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
        RequestGuard::attach(socket);
    }
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

HttpRequest HttpServerAdapter::convert(const QHttpServerRequest &request) const
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
    const ForwardedFor::Caller caller =
        m_limits.proxies.resolve(request.remoteAddress(), plain.header("x-forwarded-for"));
    plain.peerAddress = caller.address;
    plain.isLoopback = caller.isLoopback;
    return plain;
}

// The request object is reused for the socket's next request, so nothing here may keep it:
// the dispatcher gets a plain copy, and the reply is written by the socket's ReplyQueue.
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (ConnectionWatch *watch = ConnectionWatch::of(socket))
        watch->requestComplete();
    ReplyQueue *queue = ReplyQueue::of(socket);
    const qint64 place = queue->reserve();
    HttpRequest plain = convert(request);
    const bool acceptsGzip = ContentCoding::acceptsGzip(plain);
    auto reply = [queue = QPointer<ReplyQueue>(queue), place,
                  acceptsGzip](const HttpResponse &response) {
        if (queue)
            queue->fulfil(place, ContentCoding::encode(response, acceptsGzip));
    };
    if (const auto refusal = ContentCoding::decode(plain, RequestDispatcher::kMaxBodyBytes))
        reply(*refusal);
    else
        m_dispatch(plain, reply);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ReplyQueue *queue = ReplyQueue::of(socket);
    queue->fulfil(queue->reserve(),
                  HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such resource.")));
}

} // namespace billing::server
