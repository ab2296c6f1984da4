#pragma once

#include "ShapedConnection.h"
#include "ShapedLink.h"

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace billing::test {

// The shaping proxy's listening side; lives in the proxy's own thread. Each accepted
// connection gets a ShapedConnection to the server; all share one link per direction.
class ShapingProxyServer : public QObject
{
    Q_OBJECT

public:
    ShapingProxyServer(const QUrl &upstream, int roundTripMs, qint64 bitsPerSecond,
                       ShapingCounters &counters);

    // In the proxy's thread: listens on 127.0.0.1; the port, or 0 on failure.
    quint16 listen();
    // In the proxy's thread: stops listening and drops every connection.
    void shutDown();

private:
    void onNewConnection();

    QUrl m_upstream;
    qint64 m_roundTripNs;
    ShapedLink m_up;
    ShapedLink m_down;
    ShapingCounters &m_counters;
    QTcpServer *m_server; // a child, so that it moves to the proxy's thread with this
};

} // namespace billing::test
