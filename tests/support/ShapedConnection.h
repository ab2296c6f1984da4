#pragma once

#include "DelayedWriter.h"

#include <QObject>
#include <QTcpSocket>

#include <atomic>

namespace billing::test {

class ShapedLink;

// What the shaping proxy counts, read from any thread.
struct ShapingCounters {
    std::atomic<qint64> bytesUp{0};   // delivered to the server
    std::atomic<qint64> bytesDown{0}; // delivered to the client
    std::atomic<int> connections{0};
};

// One client connection of the shaping proxy and its own connection to the server, the two
// directions delayed by their links. The first bytes towards the server wait one extra round
// trip (the TCP handshake the loopback connection did not pay). finished() once the client's
// side is closed.
class ShapedConnection : public QObject
{
    Q_OBJECT

public:
    struct Links {
        ShapedLink &up;
        ShapedLink &down;
        qint64 roundTripNs;
    };

    ShapedConnection(QTcpSocket *client, const QString &host, quint16 port, const Links &links,
                     ShapingCounters &counters, QObject *parent = nullptr);
    ~ShapedConnection() override;

Q_SIGNALS:
    void finished();

private:
    void onClientClosed();
    void onServerClosed();

    QTcpSocket *m_client; // a child
    QTcpSocket m_server;
    DelayedWriter m_toServer;
    DelayedWriter m_toClient;
};

} // namespace billing::test
