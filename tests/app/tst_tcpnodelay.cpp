// setTcpNoDelayTowards() turns Nagle off on this process's connections to one endpoint port,
// and only on those (see app/net/TcpNoDelay.h for why the client needs it).
#include "TcpNoDelay.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace billing;

namespace {
int noDelayOf(const QTcpSocket &socket)
{
    int value = -1;
    socklen_t length = sizeof value;
    if (::getsockopt(int(socket.socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &value, &length))
        return -1;
    return value;
}

QUrl urlOf(const QTcpServer &server)
{
    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setPort(server.serverPort());
    return url;
}
} // namespace

class TestTcpNoDelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsNoDelayOnConnectionsToTheEndpointOnly();
};

void TestTcpNoDelay::setsNoDelayOnConnectionsToTheEndpointOnly()
{
    QTcpServer endpoint, other;
    QVERIFY(endpoint.listen(QHostAddress::LocalHost));
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QTcpSocket toEndpoint, toOther;
    toEndpoint.connectToHost(QHostAddress::LocalHost, endpoint.serverPort());
    toOther.connectToHost(QHostAddress::LocalHost, other.serverPort());
    QVERIFY(toEndpoint.waitForConnected(5000));
    QVERIFY(toOther.waitForConnected(5000));
    QCOMPARE(noDelayOf(toEndpoint), 0); // Qt leaves Nagle on unless asked
    QCOMPARE(noDelayOf(toOther), 0);

    QCOMPARE(setTcpNoDelayTowards(urlOf(endpoint)), 1);
    QVERIFY(noDelayOf(toEndpoint) > 0);
    QCOMPARE(noDelayOf(toOther), 0);
    // The accepted side's peer is the client's ephemeral port, not the endpoint's.
    QVERIFY(endpoint.waitForNewConnection(5000));
    QTcpSocket *accepted = endpoint.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(noDelayOf(*accepted), 0);
}

QTEST_GUILESS_MAIN(TestTcpNoDelay)
#include "tst_tcpnodelay.moc"
