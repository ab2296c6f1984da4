#include "ShapingProxyServer.h"

namespace billing::test {

ShapingProxyServer::ShapingProxyServer(const QUrl &upstream, int roundTripMs, qint64 bitsPerSecond,
                                       ShapingCounters &counters)
    : m_upstream(upstream)
    , m_roundTripNs(qint64(roundTripMs) * 1'000'000)
    , m_up(m_roundTripNs / 2, bitsPerSecond)
    , m_down(m_roundTripNs / 2, bitsPerSecond)
    , m_counters(counters)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ShapingProxyServer::onNewConnection);
}

quint16 ShapingProxyServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
}

void ShapingProxyServer::shutDown()
{
    m_server->close();
    const auto connections = findChildren<ShapedConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

void ShapingProxyServer::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_counters.connections;
        auto *connection = new ShapedConnection(
            client, m_upstream.host(), quint16(m_upstream.port()),
            ShapedConnection::Links{m_up, m_down, m_roundTripNs}, m_counters, this);
        connect(connection, &ShapedConnection::finished, connection, &QObject::deleteLater);
    }
}

} // namespace billing::test
