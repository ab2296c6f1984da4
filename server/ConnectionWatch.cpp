#include "ConnectionWatch.h"

#include "Logging.h"

#include <QTcpSocket>

namespace billing::server {

ConnectionWatch *ConnectionWatch::attach(QTcpSocket *socket, int timeoutMs)
{
    return new ConnectionWatch(socket, timeoutMs);
}

ConnectionWatch *ConnectionWatch::of(QTcpSocket *socket)
{
    return socket->findChild<ConnectionWatch *>(QString(), Qt::FindDirectChildrenOnly);
}

ConnectionWatch::ConnectionWatch(QTcpSocket *socket, int timeoutMs)
    : QObject(socket)
    , m_socket(socket)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::expire);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_inProgress == 0 && !m_midRequest)
            m_timer.start();
    });
    m_timer.start();
}

void ConnectionWatch::requestStarted()
{
    if (m_midRequest)
        return;
    m_midRequest = true;
    m_timer.start();
}

void ConnectionWatch::requestComplete()
{
    m_midRequest = false;
    ++m_inProgress;
    m_timer.stop();
}

void ConnectionWatch::replyWritten()
{
    m_inProgress = qMax(0, m_inProgress - 1);
    if (m_inProgress == 0 && !m_midRequest)
        m_timer.start();
}

void ConnectionWatch::expire()
{
    if (m_midRequest) {
        qCInfo(lcHttp).noquote() << m_socket->peerAddress().toString() << "request incomplete after"
                                 << m_timer.interval() / 1000 << "s; closing the connection";
        m_socket->write("HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n"
                        "Connection: close\r\n\r\n");
    } else {
        qCDebug(lcHttp).noquote() << m_socket->peerAddress().toString() << "idle for"
                                  << m_timer.interval() / 1000 << "s; closing the connection";
    }
    m_socket->disconnectFromHost();
}

} // namespace billing::server
