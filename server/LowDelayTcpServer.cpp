#include "LowDelayTcpServer.h"

#include "Logging.h"

#include <QTcpSocket>

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

LowDelayTcpServer::LowDelayTcpServer(QObject *parent)
    : QTcpServer(parent)
{}

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot accept a connection:" << socket->errorString();
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QtHttpServer's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        acknowledgeNow(socket);
        answerExpectContinue(socket);
    });
    addPendingConnection(socket);
}

} // namespace billing::server
