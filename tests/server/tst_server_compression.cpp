// gzip on the wire (issue 20): replies of a few KiB and more are gzipped for a client that
// accepts it (and Qt's client inflates them to the same JSON), small ones and refusing
// clients get them as they are; a request body sent gzipped is taken, a corrupt one or
// another coding is 400, and one that inflates past 8 MiB is 413 with nothing changed.
#include "ApiHelpers.h"
#include "Gzip.h"
#include "HttpClient.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace billing::test;
namespace gzip = billing::gzip;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
constexpr qsizetype kMaxBody = 8 * 1024 * 1024;
} // namespace

class TestServerCompression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void largeRepliesAreGzipped();
    void smallRepliesAndRefusingClientsGetThemAsTheyAre_data();
    void smallRepliesAndRefusingClientsGetThemAsTheyAre();
    void qtClientInflatesToTheSameJson();
    void gzippedRequestBodyIsTaken();
    void unusableRequestBodies_data();
    void unusableRequestBodies();

private:
    HttpReply raw(const QByteArray &path, const QByteArray &extraHeaders);
    HttpReply postBatch(const QByteArray &body, const QByteArray &coding);
    QByteArray batchBody(const QString &id);

    TestServer m_server;
    HttpClient m_client;
    QStringList m_ids;
};

void TestServerCompression::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    const Session session = registerAccount(m_client, uniqueName(u"gz"_qs));
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_client.setToken(session.token);
    for (int i = 0; i < 60; ++i) {
        QString error;
        m_ids << createWorkspace(m_client, workspaceBody(uniqueName(u"gz"_qs), u"cn1"_qs), &error)
                     .value(u"id")
                     .toString();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

HttpReply TestServerCompression::raw(const QByteArray &path, const QByteArray &extraHeaders)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()));
    socket.waitForConnected(5000);
    return rawExchange(socket, "GET " + path
                                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                   + m_client.token().toLatin1() + "\r\n" + extraHeaders + "\r\n");
}

void TestServerCompression::largeRepliesAreGzipped()
{
    const QByteArray path = "/api/v1/workspaces?limit=100";
    const HttpReply plain = raw(path, {});
    const HttpReply packed = raw(path, "Accept-Encoding: br, gzip\r\n");
    VERIFY_STATUS(plain, 200);
    QCOMPARE(packed.status, 200);
    QCOMPARE(packed.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(packed.header("Vary"), QByteArray("Accept-Encoding"));
    QVERIFY2(
        packed.body.size() * 3 < plain.body.size(),
        qPrintable(u"%1 bytes gzipped of %2"_qs.arg(packed.body.size()).arg(plain.body.size())));
    QByteArray inflated;
    QCOMPARE(gzip::decompress(packed.body, kMaxBody, &inflated), gzip::InflateResult::Ok);
    QCOMPARE(inflated, plain.body);
    QVERIFY(!plain.hasHeader("Content-Encoding"));
}

void TestServerCompression::smallRepliesAndRefusingClientsGetThemAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::newRow("small reply") << QByteArray("/healthz") << QByteArray("gzip");
    QTest::newRow("gzip refused") << QByteArray("/api/v1/workspaces?limit=100")
                                  << QByteArray("gzip;q=0, identity");
    QTest::newRow("another coding")
        << QByteArray("/api/v1/workspaces?limit=100") << QByteArray("br");
}

void TestServerCompression::smallRepliesAndRefusingClientsGetThemAsTheyAre()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, acceptEncoding);
    const HttpReply reply = raw(path, "Accept-Encoding: " + acceptEncoding + "\r\n");
    VERIFY_STATUS(reply, 200);
    QVERIFY(!reply.hasHeader("Content-Encoding"));
}

void TestServerCompression::qtClientInflatesToTheSameJson()
{
    const HttpReply viaQt = m_client.get(kWorkspaces, {{u"limit"_qs, u"100"_qs}});
    VERIFY_STATUS(viaQt, 200);
    QCOMPARE(viaQt.items().size(), 60);
    QCOMPARE(viaQt.body, raw("/api/v1/workspaces?limit=100", {}).body);
}

QByteArray TestServerCompression::batchBody(const QString &id)
{
    const QJsonObject change{{u"workspaceId"_qs, id},
                             {u"settlement"_qs, settlementBody(u"billing_center"_qs)}};
    return compactJson({{u"changes"_qs, QJsonArray{change}}});
}

HttpReply TestServerCompression::postBatch(const QByteArray &body, const QByteArray &coding)
{
    return m_client.postRaw(u"/api/v1/settlement-changes"_qs, body,
                            {{"Content-Type", "application/json"}, {"Content-Encoding", coding}});
}

void TestServerCompression::gzippedRequestBodyIsTaken()
{
    const HttpReply reply = postBatch(gzip::compress(batchBody(m_ids.first()), 6), "gzip");
    VERIFY_STATUS(reply, 200);
    const QJsonArray results = reply.object().value(u"results").toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(u"workspaceId").toString(), m_ids.first());
}

void TestServerCompression::unusableRequestBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // 16 MiB of one JSON document (a huge name) in about 16 KiB of gzip.
    const QByteArray bomb =
        "{\"changes\":[],\"pad\":\"" + QByteArray(16 * 1024 * 1024, 'a') + "\"}";
    QTest::newRow("zip bomb") << gzip::compress(bomb, 9) << QByteArray("gzip") << 413
                              << u"payload_too_large"_qs;
    QTest::newRow("corrupt gzip") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << QByteArray("gzip")
                                  << 400 << u"bad_request"_qs;
    QTest::newRow("another coding")
        << QByteArray("{}") << QByteArray("br") << 400 << u"bad_request"_qs;
}

void TestServerCompression::unusableRequestBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, coding);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString error;
    const int before = getWorkspace(m_client, m_ids.last(), &error).value(u"version").toInt();
    const HttpReply reply = postBatch(body, coding);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(getWorkspace(m_client, m_ids.last(), &error).value(u"version").toInt(), before);
}

QTEST_GUILESS_MAIN(TestServerCompression)
#include "tst_server_compression.moc"
