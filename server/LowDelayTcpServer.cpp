#include "LowDelayTcpServer.h"

#include "Logging.h"

#include <QTcpSocket>

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
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { answerExpectContinue(socket); });
    addPendingConnection(socket);
}

} // namespace billing::server
