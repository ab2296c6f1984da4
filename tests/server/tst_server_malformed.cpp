// Input that must store nothing: malformed JSON, bodies that are not objects, unknown fields,
// and bodies over 8 MiB; verified by reading the state back after each request.
#include "ApiHelpers.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTcpSocket>
#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
constexpr qsizetype kLimit = 8 * 1024 * 1024;

// A workspace body of exactly `size` bytes (the name carries the padding).
QByteArray bodyOfSize(qsizetype size)
{
    const QByteArray head(
        R"({"site":"cn1","language":"en","settlement":{"method":"billing_center"},"name":")");
    const QByteArray tail("\"}");
    return head + QByteArray(size - head.size() - tail.size(), 'n') + tail;
}
} // namespace

class TestServerMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusedAndNothingStored_data();
    void refusedAndNothingStored();
    void exactlyEightMiBIsRead();
    void malformedRegistrationStoresNothing();
    void authenticationComesBeforeTheBody();
    void bodyShapeComesBeforeExistence();
    void chunkedBodyOverTheLimit();

private:
    QJsonObject state();

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    Session m_session;
    QString m_ws;
};

void TestServerMalformed::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_session = registerAccount(m_anon, uniqueName(QStringLiteral("junk")));
    VERIFY_NO_ERROR(m_session.error);
    m_alice.setBaseUrl(m_server.baseUrl());
    m_alice.setToken(m_session.token);
    QString error;
    m_ws = createWorkspace(m_alice, workspaceBody(QStringLiteral("target"), QStringLiteral("cn2")),
                           &error)
               .value(QLatin1String("id"))
               .toString();
    VERIFY_NO_ERROR(error);
}

void TestServerMalformed::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

// Everything a refused request could have touched.
QJsonObject TestServerMalformed::state()
{
    QString error;
    const QJsonArray workspaces = listAll(m_alice, kWorkspaces, {}, &error);
    const HttpReply account = m_alice.get(QStringLiteral("/api/v1/account"));
    const HttpReply mails = m_anon.get(QStringLiteral("/api/v1/sandbox/mailbox"));
    return {{QStringLiteral("workspaces"), workspaces},
            {QStringLiteral("account"), account.object()},
            {QStringLiteral("mails"), mails.object().value(QLatin1String("total"))},
            {QStringLiteral("error"), error}};
}

void TestServerMalformed::refusedAndNothingStored_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // WS: the target workspace
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString create = kWorkspaces;
    const QString settle = kWorkspaces + QStringLiteral("/WS/settlement");
    const QString batch = QStringLiteral("/api/v1/settlement-changes");
    const auto malformed = [](const char *name, const char *method, const QString &path,
                              const QByteArray &body) {
        QTest::newRow(name) << QByteArray(method) << path << body << 400
                            << QStringLiteral("malformed_json") << QString();
    };
    const auto invalid = [](const char *name, const char *method, const QString &path,
                            const QByteArray &body, const char *field) {
        QTest::newRow(name) << QByteArray(method) << path << body << 422
                            << QStringLiteral("validation_failed") << QString::fromLatin1(field);
    };
    const QByteArray good(
        R"({"name":"n","site":"cn2","language":"en","settlement":{"method":"billing_center"}})");
    malformed("create: truncated", "POST", create, good.chopped(1));
    malformed("create: trailing garbage", "POST", create, good + " x");
    malformed("create: two documents", "POST", create, good + good);
    malformed("create: array", "POST", create, "[" + good + "]");
    malformed("create: string", "POST", create, "\"workspace\"");
    malformed("create: number", "POST", create, "42");
    malformed("create: null", "POST", create, "null");
    malformed("create: empty body", "POST", create, "");
    malformed("create: single quotes", "POST", create, "{'name':'n'}");
    malformed("create: comment", "POST", create, R"({"name":"n" /* why */})");
    malformed("create: invalid UTF-8", "POST", create, "{\"name\":\"\xff\xfe\",\"site\":\"cn2\"}");
    malformed("create: binary", "POST", create, QByteArray::fromHex("00ff10e3"));
    malformed("create: deep array", "POST", create, QByteArray(100000, '['));
    malformed("create: deep object", "POST", create, QByteArray("{\"a\":").repeated(50000));
    invalid(
        "create: unknown field", "POST", create,
        R"({"name":"n","site":"cn2","language":"en","settlement":{"method":"billing_center"},"color":"red"})",
        "color");
    invalid(
        "create: unknown nested field", "POST", create,
        R"({"name":"n","site":"cn2","language":"en","settlement":{"method":"billing_center","plan":"x"}})",
        "settlement.plan");
    malformed("settle: truncated", "PUT", settle, R"({"method":"billing_center")");
    malformed("settle: array", "PUT", settle, R"([{"method":"billing_center"}])");
    malformed("settle: empty body", "PUT", settle, "");
    invalid("settle: unknown field", "PUT", settle, R"({"method":"billing_center","force":true})",
            "force");
    malformed("batch: truncated", "POST", batch,
              R"({"changes":[{"workspaceId":"WS","method":"billing_center"})");
    malformed("batch: bare array", "POST", batch,
              R"([{"workspaceId":"WS","method":"billing_center"}])");
    malformed("sessions: truncated", "POST", QStringLiteral("/api/v1/sessions"),
              R"({"username":"x")");
    malformed("codes: array", "POST", QStringLiteral("/api/v1/verification-codes"),
              R"(["a@example.com"])");
    malformed("clock: truncated", "POST", QStringLiteral("/api/v1/sandbox/clock"),
              R"({"now":"2031-01-01T00:00:00Z")");
    QTest::newRow("create: over 8 MiB") << QByteArray("POST") << create << bodyOfSize(kLimit + 1)
                                        << 413 << QStringLiteral("payload_too_large") << QString();
    QTest::newRow("settle: over 8 MiB")
        << QByteArray("PUT") << settle
        << QByteArray(QByteArray(R"({"method":"aws","x":")") + QByteArray(kLimit, 'x') + "\"}")
        << 413 << QStringLiteral("payload_too_large") << QString();
    QTest::newRow("accounts: over 8 MiB")
        << QByteArray("POST") << QStringLiteral("/api/v1/accounts") << bodyOfSize(kLimit + 1024)
        << 413 << QStringLiteral("payload_too_large") << QString();
}

void TestServerMalformed::refusedAndNothingStored()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    path.replace(QLatin1String("WS"), m_ws);
    body.replace("WS", m_ws.toUtf8());
    const QJsonObject before = state();
    QVERIFY(before.value(QLatin1String("error")).toString().isEmpty());
    HttpRequest request{method, path, {}, body, {}, std::nullopt};
    if (body.isNull())
        request.body = QByteArray("");
    const HttpReply reply = m_alice.send(request);
    const QString why = errorMismatch(reply, status, code);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    if (!field.isEmpty())
        VERIFY_FIELDS(reply, field);
    QCOMPARE(state(), before);
}

void TestServerMalformed::exactlyEightMiBIsRead()
{
    // Not over the limit: the server reads it and finds the name too long.
    const QJsonObject before = state();
    const HttpReply reply = m_alice.postRaw(kWorkspaces, bodyOfSize(kLimit));
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, QStringLiteral("name"));
    QCOMPARE(state(), before);
}

void TestServerMalformed::malformedRegistrationStoresNothing()
{
    const QString username = uniqueName(QStringLiteral("junkreg"));
    QString error;
    const QString code = requestVerificationCode(m_anon, emailFor(username), &error);
    VERIFY_NO_ERROR(error);
    const QByteArray body = compactJson(registrationBody(username, emailFor(username), code));
    const auto post = [&](const QByteArray &bytes) {
        return m_anon.send({"POST", QStringLiteral("/api/v1/accounts"), {}, bytes, {}, QString()});
    };
    VERIFY_ERROR(post(body + "}"), 400, "malformed_json");
    VERIFY_ERROR(post("[" + body + "]"), 400, "malformed_json");
    QByteArray unknown = body;
    unknown.insert(1, R"("referrer":"x",)");
    const HttpReply withUnknown = post(unknown);
    VERIFY_ERROR(withUnknown, 422, "validation_failed");
    VERIFY_FIELDS(withUnknown, QStringLiteral("referrer"));
    // Neither the account nor the code's use was stored: the real request still succeeds.
    VERIFY_STATUS(post(body), 201);
}

void TestServerMalformed::authenticationComesBeforeTheBody()
{
    const QString settle = kWorkspaces + u'/' + m_ws + QStringLiteral("/settlement");
    for (const QByteArray &body : {QByteArray("{oops"), QByteArray("[]")}) {
        VERIFY_ERROR(m_anon.send({"PUT", settle, {}, body, {}, QString()}), 401, "unauthenticated");
        VERIFY_ERROR(m_anon.send({"POST", kWorkspaces, {}, body, {}, QString()}), 401,
                     "unauthenticated");
    }
}

void TestServerMalformed::bodyShapeComesBeforeExistence()
{
    const QString missing = kWorkspaces + QStringLiteral("/ws_00000000deadbeef/settlement");
    VERIFY_ERROR(m_alice.send({"PUT", missing, {}, "{oops", {}, std::nullopt}), 400,
                 "malformed_json");
    VERIFY_ERROR(
        m_alice.send(
            {"PUT", missing, {}, R"({"method":"billing_center","x":1})", {}, std::nullopt}),
        422, "validation_failed");
}

void TestServerMalformed::chunkedBodyOverTheLimit()
{
    // No Content-Length to judge by: the limit holds for what arrives.
    const QJsonObject before = state();
    QList<QByteArray> chunks{
        R"({"site":"cn1","language":"en","settlement":{"method":"billing_center"},"name":")"};
    for (int i = 0; i < 9; ++i)
        chunks << QByteArray(1024 * 1024, 'n');
    chunks << "\"}";
    QTcpSocket socket;
    socket.connectToHost(m_server.baseUrl().host(), m_server.baseUrl().port());
    QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
    const HttpReply reply =
        rawExchange(socket, chunkedRequest("POST", kWorkspaces, chunks, m_session.token.toUtf8()));
    VERIFY_ERROR(reply, 413, "payload_too_large");
    QCOMPARE(state(), before);

    // A small chunked body is read like any other.
    QTcpSocket small;
    small.connectToHost(m_server.baseUrl().host(), m_server.baseUrl().port());
    QVERIFY2(small.waitForConnected(10000), qPrintable(small.errorString()));
    const HttpReply created = rawExchange(
        small, chunkedRequest("POST", kWorkspaces,
                              {R"({"site":"cn1","language":"en",)",
                               R"("settlement":{"method":"billing_center"},"name":"chunked"})"},
                              m_session.token.toUtf8()));
    VERIFY_STATUS(created, 201);
}

QTEST_GUILESS_MAIN(TestServerMalformed)
#include "tst_server_malformed.moc"
