#include "ShapedConnection.h"

#include "ShapedLink.h"

namespace billing::test {

ShapedConnection::ShapedConnection(QTcpSocket *client, const QString &host, quint16 port,
                                   const Links &links, ShapingCounters &counters, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_toServer(links.up, counters.bytesUp, m_server)
    , m_toClient(links.down, counters.bytesDown, *client)
{
    m_client->setParent(this);
    // The proxy paces small pieces itself: Nagle must not hold them back.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_toServer.setNotBefore(monotonicNs() + links.roundTripNs + links.up.oneWayDelayNs());

    connect(m_client, &QTcpSocket::readyRead, this,
            [this] { m_toServer.send(m_client->readAll()); });
    connect(m_client, &QTcpSocket::disconnected, this, &ShapedConnection::onClientClosed);
    connect(&m_server, &QTcpSocket::connected, this, [this] {
        m_server.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_toServer.resume();
    });
    connect(&m_server, &QTcpSocket::readyRead, this,
            [this] { m_toClient.send(m_server.readAll()); });
    connect(&m_server, &QTcpSocket::disconnected, this, &ShapedConnection::onServerClosed);
    connect(&m_server, &QTcpSocket::errorOccurred, this, [this] {
        if (m_server.state() != QAbstractSocket::ConnectedState)
            onServerClosed();
    });
    connect(&m_toServer, &DelayedWriter::closed, this, [this] {
        if (m_server.state() == QAbstractSocket::UnconnectedState)
            onServerClosed();
    });
    connect(&m_toClient, &DelayedWriter::closed, this, [this] {
        m_server.abort();
        Q_EMIT finished();
    });
    m_server.connectToHost(host, port);
}

ShapedConnection::~ShapedConnection()
{
    // Destroying the server socket emits its last signals: nothing may reach the writers.
    QObject::disconnect(&m_server, nullptr, this, nullptr);
}

void ShapedConnection::onClientClosed()
{
    m_toServer.send(m_client->readAll());
    m_toServer.close();
}

void ShapedConnection::onServerClosed()
{
    if (m_server.bytesAvailable() > 0)
        m_toClient.send(m_server.readAll());
    m_toClient.close();
}

} // namespace billing::test
