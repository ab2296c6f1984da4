#include "LowDelayTcpServer.h"

#include "ConnectionWatch.h"
#include "DeploymentRules.h"
#include "Logging.h"
#include "RequestGuard.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace billing::server {
namespace {
// QtHttpServer 6.4 never answers "Expect: 100-continue", so curl and friends wait a second
// before sending a large body. At the start of a request (no body bytes yet), say continue.
void answerExpectContinue(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        return; // QtHttpServer is in the middle of a request: its headers went by already
    const QByteArray head = socket->peek(16 * 1024);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 != head.size())
        return;
    if (head.left(end).toLower().contains("\r\nexpect: 100-continue"))
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

// A client that writes a request in pieces (QNetworkAccessManager: header + 16 KB, then 16 KB
// chunks, Nagle on) sends the second piece only once the first is ACKed. After our first reply
// the kernel delays ACKs (up to ~40 ms), so every large request would stall. TCP_QUICKACK is
// not sticky on Linux: set it whenever data arrived, which also sends the pending ACK now.
void acknowledgeNow(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}
} // namespace

LowDelayTcpServer::LowDelayTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{}

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = accept(socketDescriptor);
    if (!socket)
        return;
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (const Refusal refused = refusal(socket); refused != Refusal::None) {
        qCWarning(lcHttp).noquote()
            << socket->peerAddress().toString() << "connection refused:"
            << (refused == Refusal::ServerFull ? "the server is at its limit of"
                                               : "this address is at its limit of")
            << (refused == Refusal::ServerFull ? m_limits.maxConnections : m_limits.maxPerAddress)
            << "open connections";
        if (m_tls)
            socket->abort(); // no handshake for a connection that cannot stay
        else
            RequestGuard::refuseConnection(socket, refused == Refusal::ServerFull);
        return;
    }
    track(socket);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ConnectionWatch::attach(socket, m_limits.timeoutMs);
    // Connected before QtHttpServer's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        acknowledgeNow(socket);
        answerExpectContinue(socket);
    });
    auto *tlsSocket = qobject_cast<QSslSocket *>(socket);
    if (!tlsSocket) {
        addPendingConnection(socket);
        return;
    }
    connect(tlsSocket, &QSslSocket::encrypted, this,
            [this, tlsSocket] { addPendingConnection(tlsSocket); });
    connect(tlsSocket, &QSslSocket::errorOccurred, tlsSocket, [tlsSocket] {
        qCInfo(lcHttp).noquote() << tlsSocket->peerAddress().toString()
                                 << "TLS connection failed:" << tlsSocket->errorString();
        tlsSocket->abort();
    });
    tlsSocket->startServerEncryption();
}

QTcpSocket *LowDelayTcpServer::accept(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tlsSocket = new QSslSocket(this);
        tlsSocket->setSslConfiguration(*m_tls);
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot accept a connection:" << socket->errorString();
        delete socket;
        return nullptr;
    }
    return socket;
}

LowDelayTcpServer::Refusal LowDelayTcpServer::refusal(const QTcpSocket *socket) const
{
    if (m_open.size() >= m_limits.maxConnections)
        return Refusal::ServerFull;
    const QHostAddress peer = socket->peerAddress();
    if (isLoopbackAddress(peer) || m_limits.proxies.isTrustedProxy(peer))
        return Refusal::None;
    const auto fromPeer =
        std::count_if(m_open.cbegin(), m_open.cend(),
                      [&](const QTcpSocket *open) { return open->peerAddress() == peer; });
    return fromPeer >= m_limits.maxPerAddress ? Refusal::AddressFull : Refusal::None;
}

void LowDelayTcpServer::track(QTcpSocket *socket)
{
    m_open.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_open.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_open.remove(socket); });
}

} // namespace billing::server
