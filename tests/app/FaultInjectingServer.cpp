#include "FaultInjectingServer.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace {
// Parses one complete request from `buffer`; returns its length or 0 when incomplete.
QByteArray cannedAnswer(const FaultInjectingServer::Step &step)
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(step.status) + " Fault\r\n";
    for (const auto &[name, value] : step.headers)
        answer += name + ": " + value + "\r\n";
    return answer + "Content-Length: " + QByteArray::number(step.body.size())
           + "\r\nConnection: close\r\n\r\n" + step.body;
}

// Everything up to the middle of the body: the headers promise more than ever arrives.
QByteArray cutMidBody(const QByteArray &answer)
{
    const qsizetype bodyStart = answer.indexOf("\r\n\r\n") + 4;
    return answer.left(bodyStart + (answer.size() - bodyStart) / 2);
}

// Writes `bytes` and then resets the connection, once they have left.
void writeThenReset(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->flush();
    socket->waitForBytesWritten(1000);
    socket->abort();
}

// A head that names no length (the body ends when the connection does), the step's body,
// and then spaces for as long as the client reads them.
void streamEndlessly(QTcpSocket *socket, const FaultInjectingServer::Step &step)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(step.status) + " Fault\r\n";
    for (const auto &[name, value] : step.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "Connection: close\r\n\r\n" + step.body);
    const QByteArray chunk(256 * 1024, ' ');
    auto refill = [socket, chunk] {
        if (socket->state() == QAbstractSocket::ConnectedState
            && socket->bytesToWrite() < 2 * chunk.size())
            socket->write(chunk);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

qsizetype parseRequest(const QByteArray &buffer, FaultInjectingServer::SeenRequest *out)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    out->method = requestLine.value(0);
    out->path = requestLine.value(1);
    out->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out->headers.insert(lines[i].left(colon).trimmed().toLower(),
                                lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = out->headers.value("content-length", "0").toLongLong();
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return 0;
    out->body = buffer.mid(headerEnd + 4, length);
    return total;
}
} // namespace

FaultInjectingServer::FaultInjectingServer(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultInjectingServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultInjectingServer::~FaultInjectingServer()
{
    // Sockets still open would call back into members already destroyed.
    const QList<QTcpSocket *> sockets =
        m_server.findChildren<QTcpSocket *>() + findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect();
}

QUrl FaultInjectingServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

FaultInjectingServer::Step
FaultInjectingServer::reply(int status, const QByteArray &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return Step{Fault::Respond, status, headers, body};
}

FaultInjectingServer::Step
FaultInjectingServer::truncated(int status, const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return Step{Fault::Truncate, status, headers, body};
}

void FaultInjectingServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultInjectingServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    SeenRequest request;
    const qsizetype length = parseRequest(buffer, &request);
    if (length == 0)
        return;
    const QByteArray raw = buffer.left(length);
    buffer.remove(0, length);
    m_seen.append(request);
    handle(socket, raw, request);
}

void FaultInjectingServer::handle(QTcpSocket *socket, const QByteArray &rawRequest,
                                  const SeenRequest &request)
{
    std::optional<Step> ruled = m_rule ? m_rule(request) : std::nullopt;
    const Step step = ruled ? *ruled : m_script.isEmpty() ? Step{} : m_script.takeFirst();
    switch (step.fault) {
    case Fault::Forward:
        forward(socket, rawRequest, Delivery::Whole);
        return;
    case Fault::ForwardThenDrop:
        forward(socket, rawRequest, Delivery::Drop);
        return;
    case Fault::ForwardThenTruncate:
        forward(socket, rawRequest, Delivery::Truncate);
        return;
    case Fault::ForwardThenStall:
        forward(socket, rawRequest, Delivery::Hold);
        return;
    case Fault::ForwardThenHold:
        forward(socket, rawRequest, Delivery::HoldForRelease);
        return;
    case Fault::Drop:
        socket->abort();
        return;
    case Fault::Stall:
        return;
    case Fault::Respond:
        socket->write(cannedAnswer(step));
        socket->disconnectFromHost();
        return;
    case Fault::Truncate:
        writeThenReset(socket, cutMidBody(cannedAnswer(step)));
        return;
    case Fault::EndlessBody:
        streamEndlessly(socket, step);
        return;
    }
}

void FaultInjectingServer::forward(QTcpSocket *client, const QByteArray &rawRequest,
                                   Delivery delivery)
{
    // One request per upstream connection keeps the forwarding simple.
    auto *upstream = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    const int index = int(m_seen.size()) - 1;
    auto complete = std::make_shared<bool>(false);
    auto deliver = [this, index, upstream, answer, complete, client = QPointer<QTcpSocket>(client),
                    delivery] {
        if (client && delivery == Delivery::HoldForRelease) {
            if (*complete && !m_dropHeld) {
                m_held.insert(index, HeldAnswer{client, *answer});
                Q_EMIT answerHeld(index);
            } else {
                client->abort(); // no whole answer to hold, or held ones are dropped
            }
        } else if (client && delivery != Delivery::Hold) {
            if (delivery == Delivery::Drop || answer->isEmpty()) {
                client->abort();
            } else if (delivery == Delivery::Truncate) {
                writeThenReset(client, cutMidBody(*answer));
            } else {
                client->write(*answer);
                client->disconnectFromHost();
            }
        }
        upstream->disconnect();
        upstream->abort();
        upstream->deleteLater();
    };
    auto unwritten = std::make_shared<qint64>(rawRequest.size());
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, rawRequest] { upstream->write(rawRequest); });
    connect(upstream, &QTcpSocket::bytesWritten, this, [this, unwritten, index](qint64 written) {
        *unwritten -= written;
        if (*unwritten == 0)
            Q_EMIT forwarded(index);
    });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [this, index, upstream, answer, complete, deliver] {
                if (answer->isEmpty())
                    Q_EMIT answerStarted(index);
                *answer += upstream->readAll();
                const qsizetype headerEnd = answer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : answer->left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (answer->size() >= headerEnd + 4 + length) {
                    *complete = true;
                    deliver();
                }
            });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [deliver] { deliver(); });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

void FaultInjectingServer::release(int index)
{
    const HeldAnswer held = m_held.take(index);
    if (!held.client)
        return;
    held.client->write(held.answer);
    held.client->disconnectFromHost();
}

void FaultInjectingServer::dropHeld()
{
    m_dropHeld = true;
    for (const HeldAnswer &held : std::as_const(m_held)) {
        if (held.client)
            held.client->abort();
    }
    m_held.clear();
}
