// POST /spi/huawei, Huawei Cloud KooGallery's signed callbacks (interface version 2): the
// signature over nonce + timestamp + body hash, stale timestamps, replayed nonces (a refused
// call stores nothing), each activity and its idempotency, the result codes and
// 503 without a key.
#include "HuaweiCallbacks.h"
#include "ReplyChecks.h"
#include "TwoAccountTest.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace billing::test;

namespace {
const QDateTime kStart = utc("2031-10-05T04:00:00Z");
const QString kOk = QStringLiteral("000000");
const QString kAuthFailed = QStringLiteral("000001");
const QString kBadParameters = QStringLiteral("000002");
const QString kNotFound = QStringLiteral("000003");
} // namespace

class TestServerHuawei : public TwoAccountTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void newInstanceCreatesASubscription();
    void newInstanceIsIdempotentPerOrderLine();
    void wrongSignatureStoresNothing();
    void staleTimestampIsRefused_data();
    void staleTimestampIsRefused();
    void replayedNonceIsRefused();
    void badParameters_data();
    void badParameters();
    void unknownInstance();
    void refreshRenewsOnlyForward();
    void trialToFormalAndShortenedPeriod();
    void queryInstance();
    void withoutKeyCallbacksAnswer503();

private:
    QString newInstance(const QString &account);
    QJsonObject subscription(const QString &instanceId, const QString &account);
    HttpReply call(const QJsonObject &body, const HuaweiSigning &signing = {});

    QString m_account = uniqueHuaweiAccount();
};

void TestServerHuawei::initTestCase()
{
    m_server.setOptions(huaweiServerOptions());
    VERIFY_NO_ERROR(startWithTwoAccounts(kStart, QStringLiteral("hw")));
}

void TestServerHuawei::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

HttpReply TestServerHuawei::call(const QJsonObject &body, const HuaweiSigning &signing)
{
    return callHuawei(m_anon, body, signing);
}

QString TestServerHuawei::newInstance(const QString &account)
{
    const HttpReply reply = call(huaweiNewInstance(account, uniqueOrderId()));
    if (reply.status != 200 || resultCode(reply) != kOk)
        qWarning("newInstance: %s", qPrintable(reply.describe()));
    return reply.object().value(QLatin1String("instanceId")).toString();
}

QJsonObject TestServerHuawei::subscription(const QString &instanceId, const QString &account)
{
    const HttpReply reply =
        m_alice.get(kHuaweiInstances + instanceId, {{QStringLiteral("huaweiAccountId"), account}});
    if (reply.status != 200)
        qWarning("lookup: %s", qPrintable(reply.describe()));
    return reply.object();
}

void TestServerHuawei::newInstanceCreatesASubscription()
{
    QJsonObject body = huaweiNewInstance(m_account, uniqueOrderId());
    body.insert(QStringLiteral("trialFlag"), QStringLiteral("1"));
    body.insert(QStringLiteral("testFlag"), QStringLiteral("1"));
    const HttpReply reply = call(body);
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultCode(reply), kOk);
    QVERIFY(!reply.object().value(QLatin1String("resultMsg")).toString().isEmpty());
    const QString id = reply.object().value(QLatin1String("instanceId")).toString();
    static const QRegularExpression shape(QStringLiteral("^hw[0-9a-f]{20}$"));
    QVERIFY2(shape.match(id).hasMatch(), qPrintable(reply.describe()));

    const QJsonObject created = subscription(id, m_account);
    QCOMPARE(created.value(QLatin1String("marketplace")).toString(), QStringLiteral("huawei"));
    QCOMPARE(created.value(QLatin1String("subscriptionId")).toString(), id);
    QCOMPARE(created.value(QLatin1String("customer")).toObject(),
             QJsonObject({{QStringLiteral("huaweiAccountId"), m_account}}));
    QCOMPARE(created.value(QLatin1String("productCode")).toString(),
             QStringLiteral("OFFI123456789"));
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(created.value(QLatin1String("trial")), QJsonValue(true));
    // yyyyMMddHHmmss in UTC on KooGallery's wire, RFC 3339 on the API.
    QCOMPARE(created.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2031-11-05T12:00:00Z"));
    QCOMPARE(created.value(QLatin1String("boundWorkspaces")).toInt(-1), 0);
}

void TestServerHuawei::newInstanceIsIdempotentPerOrderLine()
{
    const QString orderId = uniqueOrderId();
    const HttpReply first = call(huaweiNewInstance(m_account, orderId));
    const QString id = first.object().value(QLatin1String("instanceId")).toString();
    QVERIFY2(!id.isEmpty(), qPrintable(first.describe()));
    // KooGallery retries with a new signature, nonce and businessId.
    const HttpReply retry = call(huaweiNewInstance(m_account, orderId));
    QCOMPARE(resultCode(retry), kOk);
    QCOMPARE(retry.object().value(QLatin1String("instanceId")).toString(), id);
    const HttpReply otherLine =
        call(huaweiNewInstance(m_account, orderId, QStringLiteral("line-2")));
    QCOMPARE(resultCode(otherLine), kOk);
    const QString second = otherLine.object().value(QLatin1String("instanceId")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != id);
}

void TestServerHuawei::wrongSignatureStoresNothing()
{
    const QString id = newInstance(m_account);
    const QJsonObject freeze =
        huaweiActivity(QStringLiteral("updateInstanceStatus"), id,
                       {{QStringLiteral("status"), QStringLiteral("FREEZE")}});
    const QString nonce = randomHex(12);
    const HttpReply wrongKey = call(freeze, {QByteArrayLiteral("not-the-key"), 0, nonce});
    VERIFY_STATUS(wrongKey, 200);
    QCOMPARE(resultCode(wrongKey), kAuthFailed);

    // The body signed, then changed on the way.
    const QByteArray signedBody = compactJson(freeze);
    QByteArray tampered = signedBody;
    tampered.replace("FREEZE", "UNFREEZE");
    QCOMPARE(resultCode(postHuawei(m_anon, tampered, huaweiQuery(signedBody, {}))), kAuthFailed);
    QueryItems noSignature = huaweiQuery(signedBody, {});
    noSignature.removeFirst();
    QCOMPARE(resultCode(postHuawei(m_anon, signedBody, noSignature)), kAuthFailed);
    QCOMPARE(resultCode(postHuawei(m_anon, signedBody, {})), kAuthFailed);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));

    // A refused call's nonce is not kept: the marketplace's own call with it goes through.
    const HttpReply genuine = call(freeze, {kHuaweiKey, 0, nonce});
    QCOMPARE(resultCode(genuine), kOk);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
}

void TestServerHuawei::staleTimestampIsRefused_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("61 s old") << qint64(-61000) << kAuthFailed;
    QTest::newRow("61 s ahead") << qint64(61000) << kAuthFailed;
    QTest::newRow("an hour old") << qint64(-3600000) << kAuthFailed;
    QTest::newRow("30 s old") << qint64(-30000) << kOk;
    QTest::newRow("30 s ahead") << qint64(30000) << kOk;
}

void TestServerHuawei::staleTimestampIsRefused()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, expected);
    const QString orderId = uniqueOrderId();
    const HttpReply reply = call(huaweiNewInstance(m_account, orderId),
                                 {kHuaweiKey, QDateTime::currentMSecsSinceEpoch() + offsetMs, {}});
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultCode(reply), expected);
    QCOMPARE(reply.object().contains(QLatin1String("instanceId")), expected == kOk);
}

void TestServerHuawei::replayedNonceIsRefused()
{
    const QString id = newInstance(m_account);
    const QByteArray freeze =
        compactJson(huaweiActivity(QStringLiteral("updateInstanceStatus"), id,
                                   {{QStringLiteral("status"), QStringLiteral("FREEZE")}}));
    const QueryItems captured = huaweiQuery(freeze, {});
    QCOMPARE(resultCode(postHuawei(m_anon, freeze, captured)), kOk);
    QCOMPARE(
        resultCode(call(huaweiActivity(QStringLiteral("updateInstanceStatus"), id,
                                       {{QStringLiteral("status"), QStringLiteral("UNFREEZE")}}))),
        kOk);
    // The captured freeze again, within its timestamp window: refused, the instance stays open.
    const HttpReply replay = postHuawei(m_anon, freeze, captured);
    VERIFY_STATUS(replay, 200);
    QCOMPARE(resultCode(replay), kAuthFailed);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));
    // The same nonce with a fresh signature is refused too.
    const QString nonce = captured.last().second;
    QCOMPARE(resultCode(
                 call(huaweiActivity(QStringLiteral("queryInstance"), id), {kHuaweiKey, 0, nonce})),
             kAuthFailed);
}

void TestServerHuawei::badParameters_data()
{
    QTest::addColumn<QByteArray>("body");
    const QString account = uniqueHuaweiAccount();
    auto without = [&](const char *field) {
        QJsonObject body = huaweiNewInstance(account, uniqueOrderId());
        body.remove(QLatin1String(field));
        return compactJson(body);
    };
    auto with = [&](const char *field, const QJsonValue &value) {
        QJsonObject body = huaweiNewInstance(account, uniqueOrderId());
        body.insert(QLatin1String(field), value);
        return compactJson(body);
    };
    QTest::newRow("not JSON") << QByteArray("activity=newInstance");
    QTest::newRow("no activity") << without("activity");
    QTest::newRow("unknown activity") << with("activity", QStringLiteral("upgradeEverything"));
    for (const char *field :
         {"orderId", "orderLineId", "businessId", "customerId", "productId", "skuCode"})
        QTest::newRow(field) << without(field);
    QTest::newRow("customerId not 32 hex") << with("customerId", QStringLiteral("1234"));
    QTest::newRow("customerId a number") << with("customerId", 12345);
    QTest::newRow("expireTime") << with("expireTime", QStringLiteral("2031-11-05"));
    QTest::newRow("trialFlag") << with("trialFlag", QStringLiteral("yes"));
    QTest::newRow("refresh scene") << compactJson(
        huaweiActivity(QStringLiteral("refreshInstance"), QStringLiteral("hw1"),
                       {{QStringLiteral("orderId"), QStringLiteral("o")},
                        {QStringLiteral("scene"), QStringLiteral("FOREVER")},
                        {QStringLiteral("expireTime"), QStringLiteral("20321105120000")}}));
    QTest::newRow("status") << compactJson(
        huaweiActivity(QStringLiteral("updateInstanceStatus"), QStringLiteral("hw1"),
                       {{QStringLiteral("status"), QStringLiteral("PAUSE")}}));
    QTest::newRow("instanceId") << compactJson(
        huaweiActivity(QStringLiteral("releaseInstance"), QStringLiteral("no spaces allowed")));
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << QStringLiteral("hw%1").arg(i);
    QTest::newRow("101 queried") << compactJson(
        huaweiActivity(QStringLiteral("queryInstance"), many.join(u',')));
}

void TestServerHuawei::badParameters()
{
    QFETCH(QByteArray, body);
    const HttpReply reply = postHuawei(m_anon, body, huaweiQuery(body, {}));
    VERIFY_STATUS(reply, 200);
    QCOMPARE(resultCode(reply), kBadParameters);
    QVERIFY(!reply.object().value(QLatin1String("resultMsg")).toString().isEmpty());
    QVERIFY(!reply.object().contains(QLatin1String("instanceId")));
}

void TestServerHuawei::unknownInstance()
{
    for (const QString &activity :
         {QStringLiteral("releaseInstance"), QStringLiteral("queryInstance")}) {
        const HttpReply reply = call(huaweiActivity(activity, QStringLiteral("hw0000")));
        QCOMPARE(resultCode(reply), kNotFound);
    }
    const HttpReply freeze =
        call(huaweiActivity(QStringLiteral("updateInstanceStatus"), QStringLiteral("hw0000"),
                            {{QStringLiteral("status"), QStringLiteral("FREEZE")}}));
    QCOMPARE(resultCode(freeze), kNotFound);
}

void TestServerHuawei::refreshRenewsOnlyForward()
{
    const QString id = newInstance(m_account);
    auto refresh = [&](const QString &scene, const QString &expireTime) {
        return resultCode(call(huaweiActivity(QStringLiteral("refreshInstance"), id,
                                              {{QStringLiteral("orderId"), uniqueOrderId()},
                                               {QStringLiteral("scene"), scene},
                                               {QStringLiteral("expireTime"), expireTime}})));
    };
    auto expiredOn = [&] {
        return subscription(id, m_account).value(QLatin1String("expiredOn")).toString();
    };
    QCOMPARE(refresh(QStringLiteral("RENEWAL"), QStringLiteral("20311205120000")), kOk);
    QCOMPARE(expiredOn(), QStringLiteral("2031-12-05T12:00:00Z"));
    // An older renewal arriving late changes nothing.
    QCOMPARE(refresh(QStringLiteral("RENEWAL"), QStringLiteral("20311120120000")), kOk);
    QCOMPARE(expiredOn(), QStringLiteral("2031-12-05T12:00:00Z"));

    // Frozen, then renewed (RENEWAL_CHANGE): opened again.
    QCOMPARE(
        resultCode(call(huaweiActivity(QStringLiteral("updateInstanceStatus"), id,
                                       {{QStringLiteral("status"), QStringLiteral("FREEZE")}}))),
        kOk);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
    QCOMPARE(refresh(QStringLiteral("RENEWAL_CHANGE"), QStringLiteral("20310105120000")), kOk);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
    QCOMPARE(refresh(QStringLiteral("RENEWAL_CHANGE"), QStringLiteral("20320105120000")), kOk);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));
    QCOMPARE(expiredOn(), QStringLiteral("2032-01-05T12:00:00Z"));

    // Released: a refresh finds no instance.
    QCOMPARE(resultCode(call(huaweiActivity(QStringLiteral("releaseInstance"), id))), kOk);
    QCOMPARE(refresh(QStringLiteral("RENEWAL"), QStringLiteral("20330105120000")), kNotFound);
    QCOMPARE(subscription(id, m_account).value(QLatin1String("status")).toString(),
             QStringLiteral("released"));
}

void TestServerHuawei::trialToFormalAndShortenedPeriod()
{
    QJsonObject body = huaweiNewInstance(m_account, uniqueOrderId());
    body.insert(QStringLiteral("trialFlag"), QStringLiteral("1"));
    const QString id = call(body).object().value(QLatin1String("instanceId")).toString();
    QVERIFY(!id.isEmpty());
    auto refresh = [&](const QString &scene, const QString &expireTime) {
        return resultCode(call(huaweiActivity(QStringLiteral("refreshInstance"), id,
                                              {{QStringLiteral("orderId"), uniqueOrderId()},
                                               {QStringLiteral("scene"), scene},
                                               {QStringLiteral("expireTime"), expireTime}})));
    };
    QCOMPARE(refresh(QStringLiteral("TRIAL_TO_FORMAL"), QStringLiteral("20321105120000")), kOk);
    QJsonObject formal = subscription(id, m_account);
    QCOMPARE(formal.value(QLatin1String("trial")), QJsonValue(false));
    QCOMPARE(formal.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2032-11-05T12:00:00Z"));
    // The customer unsubscribes the renewed period: the term ends earlier, still opened.
    QCOMPARE(
        refresh(QStringLiteral("UNSUBSCRIBE_RENEWAL_PERIOD"), QStringLiteral("20320105120000000")),
        kOk);
    formal = subscription(id, m_account);
    QCOMPARE(formal.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2032-01-05T12:00:00Z"));
    QCOMPARE(formal.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
}

void TestServerHuawei::queryInstance()
{
    const QString first = newInstance(m_account);
    const QString second = newInstance(m_account);
    const HttpReply reply = call(huaweiActivity(QStringLiteral("queryInstance"),
                                                QStringLiteral("%1,hw0000,%2").arg(first, second)));
    QCOMPARE(resultCode(reply), kOk);
    const QJsonArray info = reply.object().value(QLatin1String("info")).toArray();
    QCOMPARE(info.size(), 2);
    QCOMPARE(info.at(0)[QLatin1String("instanceId")].toString(), first);
    QCOMPARE(info.at(1)[QLatin1String("instanceId")].toString(), second);
    const QString url =
        info.at(0)[QLatin1String("appInfo")][QLatin1String("frontEndUrl")].toString();
    QVERIFY2(url.startsWith(QStringLiteral("http")), qPrintable(reply.describe()));
}

void TestServerHuawei::withoutKeyCallbacksAnswer503()
{
    TestServer plain(TestServer::Options{false, {}, {}, {}});
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    HttpClient client(plain.baseUrl());
    const HttpReply reply = callHuawei(client, huaweiNewInstance(m_account, uniqueOrderId()));
    VERIFY_STATUS(reply, 503);
    QCOMPARE(resultCode(reply), QStringLiteral("000005"));
    VERIFY_STATUS(client.post(QStringLiteral("/api/v1/sandbox/huawei/instances"), {}), 404);
    QVERIFY2(plain.stop(), qPrintable(plain.errorString()));
}

QTEST_GUILESS_MAIN(TestServerHuawei)
#include "tst_server_huawei.moc"
