#pragma once

#include <QTcpServer>

namespace billing::server {

// Accepts connections with TCP_NODELAY set: replies are written in several small pieces and
// Nagle's algorithm would otherwise hold the last one back for a delayed ACK (~40 ms).
// Also answers "Expect: 100-continue", which QtHttpServer 6.4 ignores.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LowDelayTcpServer(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace billing::server
