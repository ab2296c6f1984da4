// Limits and abuse: SPI tokens rate-limited per address, request size and count limits
// refused with the contract's error before anything is stored, connections per address, and
// no secret in the log of a full scenario run with every debug category on.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
constexpr int kMaxBadSpiTokens = 20; // SpiHandler::kMaxBadTokens
constexpr int kMaxConnections = 32;  // HttpServerAdapter::kMaxConnectionsPerAddress
constexpr qint64 kMaxBody = 8 * 1024 * 1024;

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

QByteArray workspaceRequestHead(const QByteArray &token, const QByteArray &extraHeaders,
                                const QByteArray &query = {})
{
    return "POST /api/v1/workspaces" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
           + extraHeaders;
}
} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oversizedRequestsAreRefused_data();
    void oversizedRequestsAreRefused();
    void limitsJustInsideAreServed();
    void batchAndPageLimits();
    void connectionsPerAddressAreLimited();
    void badSpiTokensAreRateLimited();
    void noSecretInTheLog();

private:
    qint64 workspaceCount();
    HttpReply exchange(const QByteArray &request);

    TestServer m_server;
    HttpClient m_anon;
    Session m_alice;
};

void TestServerSecurity::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_alice = registerAccount(m_anon, uniqueName(u"sec"_qs));
    VERIFY_NO_ERROR(m_alice.error);
}

void TestServerSecurity::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

qint64 TestServerSecurity::workspaceCount()
{
    HttpClient alice(m_server.baseUrl(), m_alice.token);
    QString error;
    const qint64 total = listTotal(alice, kWorkspaces, {}, &error);
    return error.isEmpty() ? total : -1;
}

HttpReply TestServerSecurity::exchange(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    if (!socket.waitForConnected(10000))
        return {};
    return rawExchange(socket, request);
}

void TestServerSecurity::oversizedRequestsAreRefused_data()
{
    const QByteArray body =
        R"({"name":"x","site":"cn1","language":"en","settlement":{"method":"billing_center"}})";
    const auto sized = [&](const QByteArray &extraHeaders,
                           const QByteArray &query = {}) -> QByteArray {
        return workspaceRequestHead(m_alice.token.toUtf8(), extraHeaders, query)
               + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QByteArray manyHeaders;
    for (int i = 0; i < 120; ++i)
        manyHeaders += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("query over 16 KiB") << sized({}, "?q=" + QByteArray(17 * 1024, 'q'));
    QTest::newRow("header over 16 KiB") << sized("X-Big: " + QByteArray(17 * 1024, 'h') + "\r\n");
    QTest::newRow("over 100 headers") << sized(manyHeaders);
    // Refused from the head alone: the 64 MiB are never sent.
    QTest::newRow("declared body over 8 MiB") << QByteArray(
        workspaceRequestHead(m_alice.token.toUtf8(),
                             "Content-Length: " + QByteArray::number(64 * kMaxBody) + "\r\n\r\n")
        + body);
}

void TestServerSecurity::oversizedRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    const qint64 before = workspaceCount();
    QVERIFY(before >= 0);
    const HttpReply reply = exchange(request);
    VERIFY_ERROR(reply, 413, "payload_too_large");
    QCOMPARE(reply.header("Connection").toLower(), QByteArray("close"));
    QCOMPARE(workspaceCount(), before);
}

void TestServerSecurity::limitsJustInsideAreServed()
{
    const QByteArray body =
        R"({"name":"edge","site":"cn1","language":"en","settlement":{"method":"billing_center"}})";
    QByteArray headers;
    for (int i = 0; i < 90; ++i)
        headers += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
    headers += "X-Big: " + QByteArray(12 * 1024, 'h') + "\r\n";
    const qint64 before = workspaceCount();
    const HttpReply reply =
        exchange(workspaceRequestHead(m_alice.token.toUtf8(), headers)
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    VERIFY_STATUS(reply, 201);
    QCOMPARE(workspaceCount(), before + 1);
}

void TestServerSecurity::batchAndPageLimits()
{
    HttpClient alice(m_server.baseUrl(), m_alice.token);
    QString error;
    const QString id = createWorkspace(alice, workspaceBody(u"batch"_qs, u"cn1"_qs), &error)
                           .value(u"id")
                           .toString();
    VERIFY_NO_ERROR(error);
    QJsonArray changes;
    for (int i = 0; i < 1001; ++i) {
        changes.append(QJsonObject{{u"workspaceId"_qs, id},
                                   {u"method"_qs, i == 0 ? u"aws"_qs : u"billing_center"_qs}});
    }
    const HttpReply tooMany =
        alice.post(u"/api/v1/settlement-changes"_qs, {{u"changes"_qs, changes}});
    VERIFY_ERROR(tooMany, 413, "payload_too_large");
    QCOMPARE(getWorkspace(alice, id, &error).value(u"version").toInt(), 1);

    const HttpReply bigPage = alice.get(kWorkspaces, {{u"limit"_qs, u"5001"_qs}});
    VERIFY_ERROR(bigPage, 422, "validation_failed");
    VERIFY_FIELDS(bigPage, u"limit"_qs);
    VERIFY_STATUS(alice.get(kWorkspaces, {{u"limit"_qs, u"5000"_qs}}), 200);
}

void TestServerSecurity::connectionsPerAddressAreLimited()
{
    const QHostAddress source = nonLoopbackAddress();
    if (source.isNull())
        QSKIP("no non-loopback IPv4 address on this machine");
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < kMaxConnections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY2(socket->bind(source), qPrintable(socket->errorString()));
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
        QVERIFY2(socket->waitForConnected(10000), qPrintable(socket->errorString()));
        open.push_back(std::move(socket));
    }
    // Every one of them is served...
    const HttpReply served =
        rawExchange(*open.back(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    VERIFY_STATUS(served, 200);
    // ...one more is not, and loopback callers are not counted.
    QTcpSocket extra;
    QVERIFY(extra.bind(source));
    extra.connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
    QVERIFY2(extra.waitForConnected(10000), qPrintable(extra.errorString()));
    const HttpReply refused =
        rawExchange(extra, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    VERIFY_ERROR(refused, 429, "rate_limited");
    QVERIFY(refused.hasHeader("Retry-After"));
    VERIFY_STATUS(m_anon.get(u"/healthz"_qs), 200);
    open.clear();
}

void TestServerSecurity::badSpiTokensAreRateLimited()
{
    const QByteArray key = m_server.spiKey();
    const QString uid = uniqueUid();
    for (int i = 0; i < kMaxBadSpiTokens; ++i) {
        const HttpReply wrong = callSpi(m_anon, createInstanceParams(uid, uniqueOrderId()),
                                        "guess-" + QByteArray::number(i));
        VERIFY_SPI_ERROR(wrong, 403, "forbidden");
    }
    // Further wrong tokens are refused with 429, and nothing is created.
    const QString order = uniqueOrderId();
    const HttpReply blocked = callSpi(m_anon, createInstanceParams(uid, order), "guess-again");
    VERIFY_SPI_ERROR(blocked, 429, "rate_limited");
    bool ok = false;
    const int retryAfter = blocked.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 15 * 60, qPrintable(blocked.describe()));
    VERIFY_SPI_ERROR(callSpi(m_anon, {{u"action"_qs, u"expiredInstance"_qs}}, {}), 429,
                     "rate_limited");
    // The marketplace, signing correctly from the same address, still gets through.
    const HttpReply created = callSpi(m_anon, createInstanceParams(uid, order), key);
    VERIFY_STATUS(created, 200);
    const QString instanceId = created.object().value(u"instanceId").toString();
    QVERIFY(!instanceId.isEmpty());
    VERIFY_STATUS(callSpi(m_anon,
                          {{u"action"_qs, u"expiredInstance"_qs}, {u"instanceId"_qs, instanceId}},
                          key),
                  200);
    // Once the window has passed on the server clock, a wrong token is a plain 403 again.
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_anon, now.addSecs(retryAfter + 1)), 200);
    VERIFY_SPI_ERROR(callSpi(m_anon, createInstanceParams(uid, uniqueOrderId()), "guess-late"), 403,
                     "forbidden");
}

void TestServerSecurity::noSecretInTheLog()
{
    TestServer::Options options;
    options.spiKey = "log-test-spi-key-7f3a9c";
    options.environment = {{u"QT_LOGGING_RULES"_qs, u"*.debug=true"_qs}};
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const QString password = u"Log-Secret-Pass-93"_qs;
    QString error;
    const QString username = uniqueName(u"logsec"_qs);
    const QString code = requestVerificationCode(http, emailFor(username), &error);
    VERIFY_NO_ERROR(error);
    const HeaderList registrationKey{{"Idempotency-Key", "idem-register-5b1e"}};
    const HttpReply registered = http.post(
        u"/api/v1/accounts"_qs,
        registrationBody(username, emailFor(username), code, u"cn1"_qs, password), registrationKey);
    VERIFY_STATUS(registered, 201);
    const QString firstToken =
        registered.object().value(u"session").toObject().value(u"token").toString();
    const Session session = login(http, username, password);
    VERIFY_NO_ERROR(session.error);
    const QJsonObject wrongLogin{{u"username"_qs, username},
                                 {u"password"_qs, QString(password + u"-wrong"_qs)}};
    VERIFY_ERROR(http.post(u"/api/v1/sessions"_qs, wrongLogin), 401, "unauthenticated");

    HttpClient admin(server.baseUrl(), session.token);
    const QString uid = uniqueUid();
    const QueryItems createParams = createInstanceParams(uid, uniqueOrderId());
    const QByteArray spiToken = billing::test::spiToken(createParams, options.spiKey);
    const HttpReply created = callSpi(http, createParams, options.spiKey);
    VERIFY_STATUS(created, 200);
    const QString instanceId = created.object().value(u"instanceId").toString();
    const QJsonObject ws = createWorkspace(
        admin,
        workspaceBody(u"logged"_qs, u"cn1"_qs, settlementBody(u"aliyun"_qs, uid, instanceId)),
        &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(admin.get(kWorkspaces), 200);
    const QJsonObject change{{u"workspaceId"_qs, ws.value(u"id")},
                             {u"method"_qs, u"billing_center"_qs},
                             {u"expectedVersion"_qs, 1}};
    VERIFY_STATUS(admin.post(u"/api/v1/settlement-changes"_qs,
                             {{u"changes"_qs, QJsonArray{change}}},
                             {{"Idempotency-Key", "idem-batch-8c2d"}}),
                  200);
    const QueryItems expire{{u"action"_qs, u"expiredInstance"_qs}, {u"instanceId"_qs, instanceId}};
    VERIFY_STATUS(callSpi(http, expire, options.spiKey), 200);
    VERIFY_SPI_ERROR(callSpi(http, expire, "not-the-key"), 403, "forbidden");
    VERIFY_STATUS(admin.del(u"/api/v1/sessions/current"_qs), 204);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));

    const QByteArray log = server.log().toUtf8() + server.standardOutput();
    QVERIFY2(log.contains("debug"), "debug logging was not on");
    QVERIFY2(log.contains("billing.server.http"), "requests were not logged");
    const QList<QByteArray> secrets{password.toUtf8(),
                                    (password + u"-wrong"_qs).toUtf8(),
                                    code.toUtf8(),
                                    firstToken.toUtf8(),
                                    session.token.toUtf8(),
                                    options.spiKey,
                                    spiToken,
                                    billing::test::spiToken(expire, options.spiKey),
                                    "idem-register-5b1e",
                                    "idem-batch-8c2d"};
    for (const QByteArray &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        // As a whole word: a 6-digit code may well occur inside a longer number or an id.
        const QRegularExpression word(u"(?<![0-9A-Za-z_-])"_qs
                                      + QRegularExpression::escape(QString::fromUtf8(secret))
                                      + u"(?![0-9A-Za-z_-])"_qs);
        QVERIFY2(!word.match(QString::fromUtf8(log)).hasMatch(),
                 qPrintable(u"the log contains a secret: "_qs + secret));
    }
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
