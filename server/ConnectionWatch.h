#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace billing::server {

// The contract's connection timeouts, one watch per socket: a connection idle for 30 s (no
// request begun since it opened or since its last reply went out), or whose request is not
// complete 30 s after its first byte, is closed. While the server works on a request the
// clock stops; a reply still draining to a slow reader counts as activity.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30 * 1000;

    static ConnectionWatch *attach(QTcpSocket *socket, int timeoutMs = kTimeoutMs);
    static ConnectionWatch *of(QTcpSocket *socket); // null when none is attached

    void requestStarted();  // first byte of a request
    void requestComplete(); // handed to the dispatcher
    void replyWritten();    // a reply was queued for writing

private:
    ConnectionWatch(QTcpSocket *socket, int timeoutMs);
    void expire();

    QTcpSocket *m_socket;
    QTimer m_timer;
    int m_inProgress = 0;      // requests handed over and not yet answered
    bool m_midRequest = false; // bytes of an incomplete request have arrived
};

} // namespace billing::server
