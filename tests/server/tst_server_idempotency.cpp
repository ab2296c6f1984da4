// Idempotency-Key: replays return the first reply without doing the work twice, another body
// is idempotency_key_reused, keys are scoped per caller and path, 401s are not stored, invalid
// keys are refused, and keys expire after 24 h of server time.
#include "ApiHelpers.h"
#include "MarketplaceHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QByteArray kKeyHeader("Idempotency-Key");
const QByteArray kBody(
    R"({"name":"idem","site":"cn2","language":"en","settlement":{"method":"billing_center"}})");
// The same JSON value: other key order, other white space.
const QByteArray kSameValue("{ \"settlement\" : { \"method\" : \"billing_center\" },\n  "
                            "\"language\":\"en\", "
                            "\"site\" : \"cn2\",\t\"name\":\"idem\" }");

QString settlementPath(const QString &id)
{
    return kWorkspaces + u'/' + id + QStringLiteral("/settlement");
}

HeaderList key(const QByteArray &value)
{
    return {{kKeyHeader, value}};
}

bool replayed(const HttpReply &reply)
{
    return reply.header("Idempotent-Replayed").trimmed().toLower() == "true";
}
} // namespace

class TestServerIdempotency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void replayReturnsTheFirstReply();
    void otherBodyIsRejected();
    void replayDoesNotChangeTwice();
    void storedErrorsAreReplayed();
    void batchReplay();
    void registrationReplay();
    void scopedPerCaller();
    void sameAccountOtherSession();
    void concurrentDuplicatesDoTheWorkOnce();
    void scopedPerPath();
    void scopedPerMethod();
    void unauthorizedRepliesAreNotStored();
    void rateLimitedRepliesAreNotStored();
    void nonJsonBodiesCompareAsBytes();
    void keyFormat_data();
    void keyFormat();
    void keysExpireAfter24Hours();

private:
    qint64 total(HttpClient &client);
    QString freshWorkspace(const QString &site);

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
    Session m_aliceSession;
    QString m_uid;
    QString m_instance;
};

void TestServerIdempotency::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-09-15T06:00:00Z")), 200);
    m_aliceSession = registerAccount(m_anon, uniqueName(QStringLiteral("idem")));
    VERIFY_NO_ERROR(m_aliceSession.error);
    const Session bob = registerAccount(m_anon, uniqueName(QStringLiteral("idembob")));
    VERIFY_NO_ERROR(bob.error);
    m_alice.setBaseUrl(m_server.baseUrl());
    m_alice.setToken(m_aliceSession.token);
    m_bob.setBaseUrl(m_server.baseUrl());
    m_bob.setToken(bob.token);
    QString error;
    m_uid = uniqueUid();
    m_instance =
        createSandboxInstance(m_anon, m_uid, &error)[QLatin1String("instanceId")].toString();
    VERIFY_NO_ERROR(error);
}

void TestServerIdempotency::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

qint64 TestServerIdempotency::total(HttpClient &client)
{
    QString error;
    const qint64 count = listTotal(client, kWorkspaces, {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return count;
}

QString TestServerIdempotency::freshWorkspace(const QString &site)
{
    QString error;
    const QJsonObject ws =
        createWorkspace(m_alice, workspaceBody(uniqueName(QStringLiteral("i")), site), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws.value(QLatin1String("id")).toString();
}

void TestServerIdempotency::replayReturnsTheFirstReply()
{
    const qint64 before = total(m_alice);
    const HttpReply first = m_alice.postRaw(kWorkspaces, kBody, key("create-1"));
    VERIFY_STATUS(first, 201);
    QVERIFY(!replayed(first));
    QCOMPARE(total(m_alice), before + 1);

    for (const QByteArray &body : {kBody, kSameValue}) {
        const HttpReply again = m_alice.postRaw(kWorkspaces, body, key("create-1"));
        VERIFY_STATUS(again, 201);
        QCOMPARE(again.object(), first.object());
        QCOMPARE(again.header("Location"), first.header("Location"));
        QVERIFY2(replayed(again), qPrintable(again.describe()));
    }
    QCOMPARE(total(m_alice), before + 1);
}

void TestServerIdempotency::otherBodyIsRejected()
{
    const HttpReply first = m_alice.postRaw(kWorkspaces, kBody, key("create-2"));
    VERIFY_STATUS(first, 201);
    const qint64 before = total(m_alice);
    QByteArray other = kBody;
    other.replace("idem", "idem-other");
    VERIFY_ERROR(m_alice.postRaw(kWorkspaces, other, key("create-2")), 422,
                 "idempotency_key_reused");
    VERIFY_ERROR(m_alice.postRaw(kWorkspaces, "{}", key("create-2")), 422,
                 "idempotency_key_reused");
    QCOMPARE(total(m_alice), before);
}

void TestServerIdempotency::replayDoesNotChangeTwice()
{
    const QString id = freshWorkspace(QStringLiteral("cn1"));
    const QJsonObject body = settlementBody(QStringLiteral("aliyun"), m_uid, m_instance);
    const HttpReply first = m_alice.put(settlementPath(id), body, key("change-1"));
    VERIFY_STATUS(first, 200);
    // Done twice, this would be a no-op at best; replayed, it is the very same reply.
    const HttpReply again = m_alice.put(settlementPath(id), body, key("change-1"));
    VERIFY_STATUS(again, 200);
    QCOMPARE(again.object(), first.object());
    QVERIFY(replayed(again));
    // Back to billing_center under the same key: another body.
    VERIFY_ERROR(m_alice.put(settlementPath(id), settlementBody(QStringLiteral("billing_center")),
                             key("change-1")),
                 422, "idempotency_key_reused");
    QString error;
    QCOMPARE(getWorkspace(m_alice, id, &error), first.object());
}

void TestServerIdempotency::storedErrorsAreReplayed()
{
    const QString id = freshWorkspace(QStringLiteral("cn1"));
    QJsonObject aws = settlementBody(QStringLiteral("aws"));
    aws.insert(QStringLiteral("subscriptionId"), QStringLiteral("aws-00000000000000000000"));
    const HttpReply first = m_alice.put(settlementPath(id), aws, key("refused-1"));
    VERIFY_ERROR(first, 422, "method_not_allowed_for_site");
    const HttpReply again = m_alice.put(settlementPath(id), aws, key("refused-1"));
    VERIFY_ERROR(again, 422, "method_not_allowed_for_site");
    QCOMPARE(again.object(), first.object());
    QVERIFY(replayed(again));
}

void TestServerIdempotency::batchReplay()
{
    const QString id = freshWorkspace(QStringLiteral("cn1"));
    QJsonObject change = settlementBody(QStringLiteral("aliyun"), m_uid, m_instance);
    change.insert(QStringLiteral("workspaceId"), id);
    const QJsonObject body{{QStringLiteral("changes"), QJsonArray{change}}};
    const HttpReply first =
        m_alice.post(QStringLiteral("/api/v1/settlement-changes"), body, key("batch-1"));
    VERIFY_STATUS(first, 200);
    QCOMPARE(first.object()[QLatin1String("results")][0][QLatin1String("status")].toString(),
             QStringLiteral("applied"));
    const HttpReply again =
        m_alice.post(QStringLiteral("/api/v1/settlement-changes"), body, key("batch-1"));
    VERIFY_STATUS(again, 200);
    QCOMPARE(again.object(), first.object());
    QVERIFY(replayed(again));
}

void TestServerIdempotency::registrationReplay()
{
    const QString username = uniqueName(QStringLiteral("idemreg"));
    QString error;
    const QString code = requestVerificationCode(m_anon, emailFor(username), &error);
    VERIFY_NO_ERROR(error);
    const QByteArray body = compactJson(registrationBody(username, emailFor(username), code));
    const HttpRequest request{
        "POST", QStringLiteral("/api/v1/accounts"), {}, body, key("register-1"), QString()};
    const HttpReply first = m_anon.send(request);
    VERIFY_STATUS(first, 201);
    const HttpReply again = m_anon.send(request); // not username_taken, not a used-up code
    VERIFY_STATUS(again, 201);
    QCOMPARE(again.object()[QLatin1String("account")], first.object()[QLatin1String("account")]);
    // The stored reply keeps no token (tokens exist only as hashes): a replay gets a new one.
    const QString token =
        again.object()[QLatin1String("session")][QLatin1String("token")].toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != first.object()[QLatin1String("session")][QLatin1String("token")].toString());
    QVERIFY(replayed(again));
}

void TestServerIdempotency::scopedPerCaller()
{
    const HttpReply alices = m_alice.postRaw(kWorkspaces, kBody, key("shared-key"));
    VERIFY_STATUS(alices, 201);
    const qint64 bobBefore = total(m_bob);
    const HttpReply bobs = m_bob.postRaw(kWorkspaces, kBody, key("shared-key"));
    VERIFY_STATUS(bobs, 201);
    QVERIFY(!replayed(bobs));
    QVERIFY(bobs.object()[QLatin1String("id")] != alices.object()[QLatin1String("id")]);
    QCOMPARE(total(m_bob), bobBefore + 1);

    // Unauthenticated calls are scoped to the client address: every loopback call is one caller.
    const auto code = [&](const QString &email) {
        const QJsonObject body{{QStringLiteral("email"), email}};
        return m_anon.send({"POST",
                            QStringLiteral("/api/v1/verification-codes"),
                            {},
                            compactJson(body),
                            key("anon-key"),
                            QString()});
    };
    VERIFY_STATUS(code(QStringLiteral("first@example.com")), 202);
    VERIFY_ERROR(code(QStringLiteral("second@example.com")), 422, "idempotency_key_reused");
}

void TestServerIdempotency::sameAccountOtherSession()
{
    // The caller is the account, not the session.
    const HttpReply first = m_alice.postRaw(kWorkspaces, kBody, key("session-key"));
    VERIFY_STATUS(first, 201);
    const Session other = login(m_anon, m_aliceSession.username, m_aliceSession.password);
    VERIFY_NO_ERROR(other.error);
    HttpClient client(m_server.baseUrl(), other.token);
    const HttpReply again = client.postRaw(kWorkspaces, kBody, key("session-key"));
    VERIFY_STATUS(again, 201);
    QCOMPARE(again.object(), first.object());
    QVERIFY(replayed(again));
}

void TestServerIdempotency::concurrentDuplicatesDoTheWorkOnce()
{
    const qint64 before = total(m_alice);
    const HttpRequest request{"POST", kWorkspaces, {}, kBody, key("racing-key"), std::nullopt};
    const QList<HttpReply> replies = m_alice.sendAll(QList<HttpRequest>(6, request));
    QString created;
    for (const HttpReply &reply : replies) {
        QVERIFY2(reply.status != 0 && reply.status < 500, qPrintable(reply.describe()));
        if (reply.status != 201)
            continue;
        const QString id = reply.object().value(QLatin1String("id")).toString();
        QVERIFY2(created.isEmpty() || id == created, qPrintable(reply.describe()));
        created = id;
    }
    QVERIFY(!created.isEmpty());
    QCOMPARE(total(m_alice), before + 1);
}

void TestServerIdempotency::scopedPerPath()
{
    const QString one = freshWorkspace(QStringLiteral("cn2"));
    const QString two = freshWorkspace(QStringLiteral("cn2"));
    QString error;
    const QJsonObject aws = boundSettlementBody(m_alice, QStringLiteral("aws"), &error);
    VERIFY_NO_ERROR(error);
    const HttpReply first = m_alice.put(settlementPath(one), aws, key("path-key"));
    VERIFY_STATUS(first, 200);
    const HttpReply second = m_alice.put(settlementPath(two), aws, key("path-key"));
    VERIFY_STATUS(second, 200);
    QVERIFY(!replayed(second));
    QCOMPARE(second.object()[QLatin1String("id")].toString(), two);
    const qint64 before = total(m_alice);
    VERIFY_STATUS(m_alice.postRaw(kWorkspaces, kBody, key("path-key")), 201);
    QCOMPARE(total(m_alice), before + 1);
}

void TestServerIdempotency::scopedPerMethod()
{
    // No path takes both POST and PUT; a refused PUT under the key must not answer the POST.
    const HttpReply put =
        m_alice.send({"PUT", kWorkspaces, {}, kBody, key("method-key"), std::nullopt});
    VERIFY_ERROR(put, 405, "method_not_supported");
    const qint64 before = total(m_alice);
    const HttpReply post = m_alice.postRaw(kWorkspaces, kBody, key("method-key"));
    VERIFY_STATUS(post, 201);
    QVERIFY(!replayed(post));
    QCOMPARE(total(m_alice), before + 1);
}

void TestServerIdempotency::unauthorizedRepliesAreNotStored()
{
    const auto loginWith = [&](const QString &password) {
        const QJsonObject body{{QStringLiteral("username"), m_aliceSession.username},
                               {QStringLiteral("password"), password}};
        return m_anon.send({"POST",
                            QStringLiteral("/api/v1/sessions"),
                            {},
                            compactJson(body),
                            key("login-key"),
                            QString()});
    };
    VERIFY_ERROR(loginWith(QStringLiteral("wrong-password")), 401, "unauthenticated");
    // Were the 401 stored, another body under the key would be idempotency_key_reused.
    const HttpReply retry = loginWith(m_aliceSession.password);
    VERIFY_STATUS(retry, 201);
    QVERIFY(!replayed(retry));
}

void TestServerIdempotency::rateLimitedRepliesAreNotStored()
{
    const Session victim = registerAccount(m_anon, uniqueName(QStringLiteral("idem429")));
    VERIFY_NO_ERROR(victim.error);
    const auto loginWith = [&](const QString &password, const HeaderList &headers) {
        const QJsonObject body{{QStringLiteral("username"), victim.username},
                               {QStringLiteral("password"), password}};
        return m_anon.send({"POST",
                            QStringLiteral("/api/v1/sessions"),
                            {},
                            compactJson(body),
                            headers,
                            QString()});
    };
    for (int i = 0; i < 5; ++i)
        VERIFY_ERROR(loginWith(QStringLiteral("wrong-password"), {}), 401, "unauthenticated");
    VERIFY_ERROR(loginWith(victim.password, key("throttled-key")), 429, "rate_limited");
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_anon, now.addSecs(16 * 60)), 200);
    const HttpReply retry = loginWith(victim.password, key("throttled-key"));
    VERIFY_STATUS(retry, 201);
    QVERIFY(!replayed(retry));
}

void TestServerIdempotency::nonJsonBodiesCompareAsBytes()
{
    const qint64 before = total(m_alice);
    const HttpReply first = m_alice.postRaw(kWorkspaces, "{not json", key("bytes-key"));
    VERIFY_ERROR(first, 400, "malformed_json");
    const HttpReply again = m_alice.postRaw(kWorkspaces, "{not json", key("bytes-key"));
    VERIFY_ERROR(again, 400, "malformed_json");
    QVERIFY(replayed(again));
    VERIFY_ERROR(m_alice.postRaw(kWorkspaces, "{not  json", key("bytes-key")), 422,
                 "idempotency_key_reused");
    QCOMPARE(total(m_alice), before);
}

void TestServerIdempotency::keyFormat_data()
{
    QTest::addColumn<QByteArray>("keyValue");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1 char") << QByteArray("k") << true;
    QTest::newRow("128 chars") << QByteArray(128, 'k') << true;
    QTest::newRow("printable range") << QByteArray("a b~!{}\"\\") << true;
    QTest::newRow("uuid") << QByteArray("3f1c2b9e-8a47-4a0e-9c1e-5b2f7d0e6a11") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("129 chars") << QByteArray(129, 'k') << false;
    QTest::newRow("utf-8") << QByteArray("ключ") << false;
    QTest::newRow("tab") << QByteArray("a\tb") << false;
    QTest::newRow("DEL") << QByteArray("a\x7f"
                                       "b")
                         << false;
}

void TestServerIdempotency::keyFormat()
{
    QFETCH(QByteArray, keyValue);
    QFETCH(bool, valid);
    const qint64 before = total(m_alice);
    QByteArray body = kBody;
    body.replace("idem", QByteArray(QTest::currentDataTag()).toHex()); // a fresh body per row
    const HttpReply reply = m_alice.postRaw(kWorkspaces, body, key(keyValue));
    if (valid) {
        VERIFY_STATUS(reply, 201);
        QCOMPARE(total(m_alice), before + 1);
        return;
    }
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, QStringLiteral("Idempotency-Key"));
    QCOMPARE(total(m_alice), before);
}

void TestServerIdempotency::keysExpireAfter24Hours()
{
    const HttpReply first = m_alice.postRaw(kWorkspaces, kBody, key("day-key"));
    VERIFY_STATUS(first, 201);
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(setClock(m_anon, now.addSecs(24 * 3600 + 60)), 200);
    const Session session = login(m_anon, m_aliceSession.username, m_aliceSession.password);
    VERIFY_NO_ERROR(session.error);
    m_alice.setToken(session.token);
    const HttpReply later = m_alice.postRaw(kWorkspaces, kBody, key("day-key"));
    VERIFY_STATUS(later, 201);
    QVERIFY(!replayed(later));
    QVERIFY(later.object()[QLatin1String("id")] != first.object()[QLatin1String("id")]);
}

QTEST_GUILESS_MAIN(TestServerIdempotency)
#include "tst_server_idempotency.moc"
