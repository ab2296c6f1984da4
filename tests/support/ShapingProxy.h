#pragma once

#include "ShapedConnection.h"

#include <QString>
#include <QThread>
#include <QUrl>

namespace billing::test {

class ShapingProxyServer;

// A slow network in front of a server on loopback: a TCP proxy on 127.0.0.1 that delays each
// direction by half the round-trip time, limits it to a bandwidth shared by all connections
// (see ShapedLink), makes a new connection pay one more round trip for its handshake, and
// counts the bytes it delivers each way. Its sockets live in a thread of its own, so that it
// keeps forwarding while the thread that owns it blocks (QProcess::waitForReadyRead).
// Not modelled: slow start and congestion windows, loss, reordering, TLS, packet headers.
class ShapingProxy
{
public:
    struct Shape {
        int roundTripMs = 0;
        qint64 bitsPerSecond = 0; // per direction; 0: no limit
    };

    ShapingProxy(const QUrl &upstream, const Shape &shape);
    ~ShapingProxy();
    ShapingProxy(const ShapingProxy &) = delete;
    ShapingProxy &operator=(const ShapingProxy &) = delete;

    // False with errorString() set when it cannot listen.
    bool start();
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    const Shape &shape() const { return m_shape; }

    // Bytes delivered to the server (up) and to the clients (down), connections accepted;
    // since the start or the last resetCounters(). Safe from any thread.
    qint64 bytesUp() const { return m_counters.bytesUp; }
    qint64 bytesDown() const { return m_counters.bytesDown; }
    int connectionsOpened() const { return m_counters.connections; }
    void resetCounters();

private:
    QUrl m_upstream;
    Shape m_shape;
    ShapingCounters m_counters;
    QThread m_thread;
    ShapingProxyServer *m_server = nullptr; // lives in m_thread, deleted when it finishes
    QUrl m_url;
    QString m_error;
};

} // namespace billing::test
