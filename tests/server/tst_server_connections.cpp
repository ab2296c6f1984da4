// Limits that hold on the wire: a cap on open connections that loopback does not escape, the
// idle and incomplete-request timeouts (a trickling client is closed too), the per-address
// limits applied to the address a trusted proxy forwards (and X-Forwarded-For ignored from
// anyone else), and log-ins that no longer hold up other requests while they hash.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace billing::test;

namespace {
constexpr int kTimeoutMs = 1000;        // --connection-timeout-ms of the timeout server
constexpr int kRequestsPerMinute = 600; // AddressRateLimiter's default

QByteArray healthz(const QByteArray &extraHeaders = {})
{
    return "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

std::unique_ptr<QTcpSocket> connectTo(const TestServer &server, const QHostAddress &source = {})
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!source.isNull())
        socket->bind(source);
    socket->connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
    socket->waitForConnected(5000);
    return socket;
}

// True once the server has closed the socket (what it sent first is in *received).
bool waitForClose(QTcpSocket &socket, int timeoutMs, QByteArray *received = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        const QByteArray bytes = socket.readAll();
        if (received)
            *received += bytes;
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

// Sends a request on its own connection and notes when the whole reply has arrived.
struct PendingExchange {
    std::unique_ptr<QTcpSocket> socket;
    QByteArray received;
    int finishedAs = -1; // its place among the exchanges that finished
    int status() const { return received.split(' ').value(1).toInt(); }
    bool complete() const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = received.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15).split('\r').value(0).trimmed().toLongLong();
        return received.size() >= end + 4 + length;
    }
};
} // namespace

class TestServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openConnectionsAreCapped();
    void idleConnectionsAreClosed();
    void incompleteRequestsAreClosed();
    void tricklingRequestsAreClosed();
    void activeConnectionsStayOpen();
    void trustedProxyForwardsTheCallersAddress();
    void forwardedForIsIgnoredFromOthers();
    void loginsDoNotHoldUpReads();

private:
    // Shared by the timeout tests: each uses connections of its own.
    TestServer m_timeouts{[] {
        TestServer::Options options;
        options.extraArgs << u"--connection-timeout-ms"_qs << QString::number(kTimeoutMs);
        return options;
    }()};
};

void TestServerConnections::initTestCase()
{
    QVERIFY2(m_timeouts.start(), qPrintable(m_timeouts.errorString()));
}

void TestServerConnections::openConnectionsAreCapped()
{
    TestServer::Options options;
    options.extraArgs << u"--max-connections"_qs << u"8"_qs;
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 8; ++i) {
        open.push_back(connectTo(server));
        QCOMPARE(open.back()->state(), QAbstractSocket::ConnectedState);
    }
    VERIFY_STATUS(rawExchange(*open.back(), healthz()), 200);
    // Loopback callers count too: a ninth is answered 503 and closed.
    auto ninth = connectTo(server);
    const HttpReply refused = rawExchange(*ninth, healthz(), 5000);
    VERIFY_ERROR(refused, 503, "service_unavailable");
    QVERIFY(refused.hasHeader("Retry-After"));
    QVERIFY(waitForClose(*ninth, 15000));
    // Once one closes, there is room again.
    open.front()->disconnectFromHost();
    open.erase(open.begin());
    // One attempt at a time: QTRY_VERIFY evaluates its expression again after success, and
    // that extra connection could arrive before the server saw the previous one close.
    QDeadlineTimer deadline(30000);
    int status = 0;
    while ((status = rawExchange(*connectTo(server), healthz(), 5000).status) != 200
           && !deadline.hasExpired())
        QTest::qWait(100);
    QCOMPARE(status, 200);
    QVERIFY(server.log().contains(u"the server is at its limit of 8 open connections"_qs));
}

void TestServerConnections::idleConnectionsAreClosed()
{
    TestServer &server = m_timeouts;
    auto silent = connectTo(server);
    QVERIFY(waitForClose(*silent, 10 * kTimeoutMs)); // never sent a byte
    auto served = connectTo(server);
    VERIFY_STATUS(rawExchange(*served, healthz()), 200);
    QVERIFY(waitForClose(*served, 10 * kTimeoutMs)); // idle after its reply
}

void TestServerConnections::incompleteRequestsAreClosed()
{
    TestServer &server = m_timeouts;
    auto socket = connectTo(server);
    socket->write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                  "Content-Type: application/json\r\n\r\n{\"username\":");
    QByteArray received;
    QVERIFY(waitForClose(*socket, 10 * kTimeoutMs, &received));
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
}

void TestServerConnections::tricklingRequestsAreClosed()
{
    TestServer &server = m_timeouts;
    auto socket = connectTo(server);
    // One byte of a header every tenth of the timeout: never idle, never complete.
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    int sent = 0;
    while (socket->state() == QAbstractSocket::ConnectedState
           && timer.elapsed() < 10 * kTimeoutMs) {
        socket->write(sent++ == 0 ? "GET /healthz HTTP/1.1\r\nX-Slow: " : "a");
        socket->waitForReadyRead(kTimeoutMs / 10);
        received += socket->readAll();
    }
    QVERIFY2(socket->state() != QAbstractSocket::ConnectedState, "still open");
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
}

void TestServerConnections::activeConnectionsStayOpen()
{
    TestServer &server = m_timeouts;
    auto socket = connectTo(server);
    // A request every half timeout, for three timeouts: the same connection serves them all.
    for (int i = 0; i < 6; ++i) {
        VERIFY_STATUS(rawExchange(*socket, healthz()), 200);
        QTest::qWait(kTimeoutMs / 2);
    }
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void TestServerConnections::trustedProxyForwardsTheCallersAddress()
{
    TestServer::Options options;
    options.extraArgs << u"--trusted-proxy"_qs << u"127.0.0.0/8"_qs;
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto proxy = connectTo(server);
    // The proxy is on loopback, but the callers it forwards are not exempt: one of them
    // reaches its limit...
    const QByteArray forwarded = "X-Forwarded-For: 198.51.100.1, 203.0.113.7\r\n";
    for (int i = 0; i < kRequestsPerMinute; ++i)
        QCOMPARE(rawExchange(*proxy, healthz(forwarded)).status, 200);
    const HttpReply limited = rawExchange(*proxy, healthz(forwarded));
    VERIFY_ERROR(limited, 429, "rate_limited");
    // ...keyed by the address the proxy saw, not the one the client claimed (198.51.100.1)...
    VERIFY_STATUS(rawExchange(*proxy, healthz("X-Forwarded-For: 203.0.113.7, 203.0.113.8\r\n")),
                  200);
    // ...and the log names it.
    QTRY_VERIFY(server.log().contains(u"203.0.113.7 GET /healthz 429"_qs));
}

void TestServerConnections::forwardedForIsIgnoredFromOthers()
{
    const QHostAddress source = nonLoopbackAddress();
    if (source.isNull())
        QSKIP("no non-loopback IPv4 address on this machine");
    TestServer server; // no --trusted-proxy
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto caller = connectTo(server, source);
    for (int i = 0; i < kRequestsPerMinute; ++i) {
        const QByteArray spoofed =
            "X-Forwarded-For: 198.51.100." + QByteArray::number(i % 250) + "\r\n";
        QCOMPARE(rawExchange(*caller, healthz(spoofed)).status, 200);
    }
    VERIFY_ERROR(rawExchange(*caller, healthz("X-Forwarded-For: 127.0.0.1\r\n")), 429,
                 "rate_limited");
}

void TestServerConnections::loginsDoNotHoldUpReads()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient client(server.baseUrl());
    const Session session = registerAccount(client, uniqueName(u"hash"_qs));
    QVERIFY2(session.ok(), qPrintable(session.error));
    // Eight log-ins at once, each an Argon2id verification of 64 MiB.
    std::vector<PendingExchange> exchanges(9);
    const QByteArray login = QJsonDocument(QJsonObject{{u"username"_qs, session.username},
                                                       {u"password"_qs, session.password}})
                                 .toJson(QJsonDocument::Compact);
    for (std::size_t i = 0; i < exchanges.size(); ++i) {
        exchanges[i].socket = connectTo(server);
        QVERIFY(exchanges[i].socket->state() == QAbstractSocket::ConnectedState);
    }
    for (std::size_t i = 0; i < 8; ++i) {
        exchanges[i].socket->write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nContent-Length: "
                                   + QByteArray::number(login.size()) + "\r\n\r\n" + login);
        exchanges[i].socket->flush();
    }
    int finished = 0;
    const auto collect = [&] {
        QTest::qWait(2);
        for (PendingExchange &exchange : exchanges) {
            if (exchange.finishedAs >= 0 || !exchange.socket)
                continue;
            exchange.received += exchange.socket->readAll();
            if (exchange.complete())
                exchange.finishedAs = finished++;
        }
    };
    // The read is sent once the first log-in is answered, with seven still to hash.
    QElapsedTimer timer;
    timer.start();
    while (finished == 0 && timer.elapsed() < 60000)
        collect();
    exchanges[8].socket->write("GET /api/v1/workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer "
                               + session.token.toLatin1() + "\r\n\r\n");
    exchanges[8].socket->flush();
    while (finished < 9 && timer.elapsed() < 60000)
        collect();
    QCOMPARE(finished, 9);
    for (std::size_t i = 0; i < 8; ++i)
        QCOMPARE(exchanges[i].status(), 201);
    QCOMPARE(exchanges[8].status(), 200);
    // The read was answered while log-ins were still hashing (on one event loop it waited
    // for all of them: it finished ninth).
    QVERIFY2(exchanges[8].finishedAs <= 5, qPrintable(u"the read finished as number "_qs
                                                      + QString::number(exchanges[8].finishedAs)));
}

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_server_connections.moc"
