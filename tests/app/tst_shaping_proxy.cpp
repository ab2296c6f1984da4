// ShapingProxy (tests/support): the slow network of the WAN benchmarks, in front of the real
// billing-center. It must forward faithfully, count what it forwards, and delay at least as
// configured. Only lower bounds on time are checked: they are what the delay injector
// promises; how fast anything else is stays the benchmarks' business.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ShapingProxy.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace billing::test;

namespace {
constexpr int kDemoWorkspaces = 3000; // a list of them is ≈ 1 MB of JSON
const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-pass-2026"); // the sandbox's public demo

QByteArray requestFor(const QByteArray &target, const QString &token = {})
{
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    return request + "\r\n"; // no Accept-Encoding: the body comes as it is
}

// One whole response, as the bytes that came (framed by its Content-Length; the server keeps
// the connection open).
QByteArray exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray received;
    qsizetype headerEnd = -1;
    qsizetype length = 0;
    while (headerEnd < 0 || received.size() < headerEnd + 4 + length) {
        if (!socket.waitForReadyRead(30000))
            return received;
        received += socket.readAll();
        if (headerEnd < 0 && (headerEnd = received.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : received.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
    }
    return received;
}

qint64 elapsedExchange(const QUrl &url, const QByteArray &request, QByteArray *received)
{
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return -1;
    *received = exchange(socket, request);
    return timer.elapsed();
}
} // namespace

class TestShapingProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forwardsRequestsToTheServer();
    void countsTheBytesOnTheWire();
    void freshConnectionPaysTheHandshakeAndTheRoundTrip();
    void limitsTheBandwidth();

private:
    std::unique_ptr<TestServer> m_server;
    QString m_token;
};

void TestShapingProxy::initTestCase()
{
    TestServer::Options options;
    options.extraArgs = {QStringLiteral("--demo-workspaces"), QString::number(kDemoWorkspaces)};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    HttpClient http(m_server->baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_token = session.token;
}

void TestShapingProxy::forwardsRequestsToTheServer()
{
    ShapingProxy proxy(m_server->baseUrl(), {10, 100'000'000});
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    HttpClient http(proxy.url(), m_token);
    const HttpReply health = http.get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.object().value(u"status").toString(), QStringLiteral("ok"));
    const HttpReply page =
        http.get(QStringLiteral("/api/v1/workspaces"), {{QStringLiteral("limit"), "10"}});
    QVERIFY2(page.status == 200, qPrintable(page.describe()));
    QCOMPARE(page.items().size(), 10);
    QVERIFY(proxy.connectionsOpened() >= 1);
}

void TestShapingProxy::countsTheBytesOnTheWire()
{
    ShapingProxy proxy(m_server->baseUrl(), {});
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    const QByteArray request = requestFor("/api/v1/workspaces?limit=50", m_token);
    QByteArray received;
    QVERIFY(elapsedExchange(proxy.url(), request, &received) >= 0);
    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.left(200).constData());
    QTRY_COMPARE(proxy.bytesUp(), qint64(request.size()));
    QCOMPARE(proxy.bytesDown(), qint64(received.size()));
    QCOMPARE(proxy.connectionsOpened(), 1);

    proxy.resetCounters();
    QCOMPARE(proxy.bytesUp(), 0);
    QCOMPARE(proxy.bytesDown(), 0);
    QCOMPARE(proxy.connectionsOpened(), 0);
}

void TestShapingProxy::freshConnectionPaysTheHandshakeAndTheRoundTrip()
{
    constexpr int kRoundTripMs = 100;
    ShapingProxy proxy(m_server->baseUrl(), {kRoundTripMs, 0});
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    QByteArray received;
    // The handshake's round trip, then the request's: never less than two.
    const qint64 elapsed = elapsedExchange(proxy.url(), requestFor("/healthz"), &received);
    QVERIFY2(received.contains("\"ok\""), received.constData());
    QVERIFY2(elapsed >= 2 * kRoundTripMs, qPrintable(QString::number(elapsed)));

    // A second request on a connection that is already open pays one round trip only, but
    // at least that.
    QTcpSocket socket;
    socket.connectToHost(proxy.url().host(), quint16(proxy.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    QVERIFY(exchange(socket, requestFor("/healthz")).contains("\"ok\""));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(exchange(socket, requestFor("/healthz")).contains("\"ok\""));
    QVERIFY2(timer.elapsed() >= kRoundTripMs, qPrintable(QString::number(timer.elapsed())));
}

void TestShapingProxy::limitsTheBandwidth()
{
    constexpr qint64 kBitsPerSecond = 8'000'000;
    ShapingProxy proxy(m_server->baseUrl(), {0, kBitsPerSecond});
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    QByteArray received;
    const qint64 elapsed = elapsedExchange(
        proxy.url(), requestFor("/api/v1/workspaces?limit=5000", m_token), &received);
    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.left(200).constData());
    QVERIFY2(received.size() >= 800'000, qPrintable(QString::number(received.size())));
    QCOMPARE(proxy.bytesDown(), qint64(received.size()));
    // ≈ 1 MB at 8 Mbit/s: at least the time its bits take on the link.
    const qint64 leastMs = proxy.bytesDown() * 8 * 1000 / kBitsPerSecond;
    QVERIFY2(elapsed >= leastMs,
             qPrintable(QStringLiteral("%1 ms for %2 bytes").arg(elapsed).arg(proxy.bytesDown())));
}

QTEST_GUILESS_MAIN(TestShapingProxy)
#include "tst_shaping_proxy.moc"
