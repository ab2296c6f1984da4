// GET /spi/aliyun, the marketplace callbacks: the MD5 token over every received parameter,
// stale timeStamps, createInstance and its idempotency by orderBizId, and the error replies
// (400 bad_request, 404 not_found) in the SPI's {"success":"false","error":…} shape.
#include "ApiHelpers.h"
#include "MarketplaceSubscription.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace billing::test;

namespace {
const QDateTime kStart = utc("2031-10-05T04:00:00Z");
using Param = QPair<QString, QString>;

Param p(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}
} // namespace

class TestServerSpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createInstance();
    void createInstanceIsIdempotentByOrderBizId();
    void signature_data();
    void signature();
    void parameterErrors_data();
    void parameterErrors();

private:
    QString newInstance(const QString &uid, QString *error);
    QJsonObject lookup(const QString &instanceId, const QString &uid);

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    QString m_uid;
};

void TestServerSpi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, kStart), 200);
    const Session alice = registerAccount(m_anon, uniqueName(QStringLiteral("spi")));
    VERIFY_NO_ERROR(alice.error);
    m_alice.setBaseUrl(m_server.baseUrl());
    m_alice.setToken(alice.token);
    m_uid = uniqueUid();
}

void TestServerSpi::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QString TestServerSpi::newInstance(const QString &uid, QString *error)
{
    const HttpReply reply =
        callSpi(m_anon, createInstanceParams(uid, uniqueOrderId()), m_server.spiKey());
    const QString id = reply.object().value(QLatin1String("instanceId")).toString();
    if (reply.status != 200 || id.isEmpty())
        *error = QStringLiteral("createInstance: ") + reply.describe();
    return id;
}

QJsonObject TestServerSpi::lookup(const QString &instanceId, const QString &uid)
{
    QString error;
    const QJsonObject found = getAliyunInstance(m_alice, instanceId, uid, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return found;
}

void TestServerSpi::createInstance()
{
    const QString orderBizId = uniqueOrderId();
    QueryItems params = createInstanceParams(m_uid, orderBizId);
    params << p("expiredOn", QStringLiteral("2031-11-05 12:00:00"))
           << p("template", QStringLiteral("default"));
    const HttpReply reply = callSpi(m_anon, params, m_server.spiKey());
    VERIFY_STATUS(reply, 200);
    const QString id = reply.object().value(QLatin1String("instanceId")).toString();
    static const QRegularExpression positive(QStringLiteral("^[1-9][0-9]{0,18}$"));
    QVERIFY2(positive.match(id).hasMatch(), qPrintable(reply.describe()));

    const QJsonObject instance = lookup(id, m_uid);
    QString error;
    const auto parsed = billing::aliyunInstanceFromJson(instance, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->instanceId, id);
    QCOMPARE(parsed->aliUid, m_uid);
    QCOMPARE(parsed->productCode, QStringLiteral("cmgj00053362"));
    QCOMPARE(parsed->skuId, QStringLiteral("yuncode5336200001"));
    QCOMPARE(parsed->orderBizId, orderBizId);
    QCOMPARE(instance.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(instance.value(QLatin1String("trial")), QJsonValue(false));
    // Beijing time on the wire of the SPI, RFC 3339 UTC on the API.
    QCOMPARE(instance.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2031-11-05T04:00:00Z"));
    QCOMPARE(instance.value(QLatin1String("boundWorkspaces")).toInt(-1), 0);

    // A trial without an end date.
    QueryItems trial = createInstanceParams(m_uid, uniqueOrderId());
    trial.last().second = QStringLiteral("true");
    const HttpReply trialReply = callSpi(m_anon, trial, m_server.spiKey());
    VERIFY_STATUS(trialReply, 200);
    const QJsonObject trialInstance =
        lookup(trialReply.object().value(QLatin1String("instanceId")).toString(), m_uid);
    QCOMPARE(trialInstance.value(QLatin1String("trial")), QJsonValue(true));
    QVERIFY(trialInstance.contains(QLatin1String("expiredOn")));
    QVERIFY(trialInstance.value(QLatin1String("expiredOn")).isNull());
}

void TestServerSpi::createInstanceIsIdempotentByOrderBizId()
{
    const QString orderBizId = uniqueOrderId();
    const QueryItems params = createInstanceParams(m_uid, orderBizId);
    const HttpReply first = callSpi(m_anon, params, m_server.spiKey());
    VERIFY_STATUS(first, 200);
    const QString id = first.object().value(QLatin1String("instanceId")).toString();
    QVERIFY(!id.isEmpty());
    // The marketplace retries the very same call, or the same order under a new orderId.
    const HttpReply retry = callSpi(m_anon, params, m_server.spiKey());
    VERIFY_STATUS(retry, 200);
    QCOMPARE(retry.object().value(QLatin1String("instanceId")).toString(), id);
    const HttpReply renamed =
        callSpi(m_anon, createInstanceParams(m_uid, orderBizId), m_server.spiKey());
    VERIFY_STATUS(renamed, 200);
    QCOMPARE(renamed.object().value(QLatin1String("instanceId")).toString(), id);

    const HttpReply other =
        callSpi(m_anon, createInstanceParams(m_uid, uniqueOrderId()), m_server.spiKey());
    VERIFY_STATUS(other, 200);
    QVERIFY(other.object().value(QLatin1String("instanceId")).toString() != id);
}

void TestServerSpi::signature_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("good") << QStringLiteral("good") << true;
    QTest::newRow("signed extra parameter") << QStringLiteral("signed-extra") << true;
    QTest::newRow("fresh timeStamp, system clock") << QStringLiteral("ts-system") << true;
    QTest::newRow("fresh timeStamp, server clock") << QStringLiteral("ts-server") << true;
    QTest::newRow("missing token") << QStringLiteral("no-token") << false;
    QTest::newRow("empty token") << QStringLiteral("empty-token") << false;
    QTest::newRow("wrong key") << QStringLiteral("wrong-key") << false;
    QTest::newRow("tampered instanceId") << QStringLiteral("tampered") << false;
    QTest::newRow("unsigned extra parameter") << QStringLiteral("unsigned-extra") << false;
    QTest::newRow("signed unsorted") << QStringLiteral("unsorted") << false;
    QTest::newRow("unsigned duplicate after") << QStringLiteral("dup-after") << false;
    QTest::newRow("unsigned duplicate before") << QStringLiteral("dup-before") << false;
    QTest::newRow("stale timeStamp") << QStringLiteral("ts-stale") << false;
    QTest::newRow("future timeStamp") << QStringLiteral("ts-future") << false;
}

void TestServerSpi::signature()
{
    QFETCH(QString, variant);
    QFETCH(bool, accepted);
    QString error;
    const QString target = newInstance(m_uid, &error);
    const QString decoy = newInstance(m_uid, &error);
    VERIFY_NO_ERROR(error);
    const QByteArray key = m_server.spiKey();
    QueryItems params{p("action", QStringLiteral("expiredInstance")), p("instanceId", target)};
    QueryItems query;
    if (variant == QLatin1String("good")) {
        query = signedSpi(params, key);
    } else if (variant == QLatin1String("signed-extra")) {
        params << p("newMarketplaceField", QStringLiteral("added later"));
        query = signedSpi(params, key);
    } else if (variant.startsWith(QLatin1String("ts-"))) {
        QDateTime stamp = QDateTime::currentDateTimeUtc();
        if (variant == QLatin1String("ts-server"))
            stamp = serverNow(m_anon, &error);
        else if (variant == QLatin1String("ts-stale"))
            stamp = stamp.addSecs(-3600);
        else if (variant == QLatin1String("ts-future"))
            stamp = stamp.addSecs(3600);
        params << p("timeStamp", beijingTime(stamp));
        query = signedSpi(params, key);
    } else if (variant == QLatin1String("no-token")) {
        query = params;
    } else if (variant == QLatin1String("empty-token")) {
        query = params << p("token", QString());
    } else if (variant == QLatin1String("wrong-key")) {
        query = signedSpi(params, "not-the-key");
    } else if (variant == QLatin1String("tampered")) {
        // Signed for the decoy, sent for the target.
        query = signedSpi({p("action", QStringLiteral("expiredInstance")), p("instanceId", decoy)},
                          key);
        query[1].second = target;
    } else if (variant == QLatin1String("unsigned-extra")) {
        query = signedSpi(params, key) << p("injected", QStringLiteral("1"));
    } else if (variant == QLatin1String("dup-after")) {
        // Signed for the decoy; a second, unsigned instanceId names the target.
        query = signedSpi({p("action", QStringLiteral("expiredInstance")), p("instanceId", decoy)},
                          key);
        query.insert(2, p("instanceId", target));
    } else if (variant == QLatin1String("dup-before")) {
        query = signedSpi({p("action", QStringLiteral("expiredInstance")), p("instanceId", decoy)},
                          key);
        query.insert(0, p("instanceId", target));
    } else if (variant == QLatin1String("unsorted")) {
        const QByteArray plain =
            "instanceId=" + target.toUtf8() + "&action=expiredInstance&key=" + key;
        query = params << p("token",
                            QString::fromLatin1(
                                QCryptographicHash::hash(plain, QCryptographicHash::Md5).toHex()));
    }
    VERIFY_NO_ERROR(error);
    const HttpReply reply =
        m_anon.send({"GET", QStringLiteral("/spi/aliyun"), query, {}, {}, QString()});
    if (accepted) {
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.object().value(QLatin1String("success")),
                 QJsonValue(QStringLiteral("true")));
        QCOMPARE(lookup(target, m_uid).value(QLatin1String("status")).toString(),
                 QStringLiteral("expired"));
    } else {
        VERIFY_SPI_ERROR(reply, 403, "forbidden");
        QCOMPARE(lookup(target, m_uid).value(QLatin1String("status")).toString(),
                 QStringLiteral("opened"));
    }
    QCOMPARE(lookup(decoy, m_uid).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));
}

void TestServerSpi::parameterErrors_data()
{
    QTest::addColumn<QueryItems>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString known = QStringLiteral("KNOWN"); // replaced by an opened instance
    const QString unknown = QStringLiteral("8999999999999999999");
    const QString later = QStringLiteral("2032-10-05 12:00:00");
    const auto create = [](const char *drop, const QString &uid) {
        QueryItems params =
            createInstanceParams(uid, QStringLiteral("biz-") + QString::fromLatin1(drop));
        params.removeIf([&](const Param &param) { return param.first == QLatin1String(drop); });
        return params;
    };
    QTest::newRow("unknown action")
        << QueryItems{p("action", QStringLiteral("deleteInstance")), p("instanceId", known)} << 400
        << QStringLiteral("bad_request");
    QTest::newRow("no action") << QueryItems{p("instanceId", known)} << 400
                               << QStringLiteral("bad_request");
    QTest::newRow("create without aliUid")
        << create("aliUid", QString()) << 400 << QStringLiteral("bad_request");
    QTest::newRow("create without orderBizId")
        << create("orderBizId", QStringLiteral("1234567890123456")) << 400
        << QStringLiteral("bad_request");
    QTest::newRow("create with bad aliUid")
        << create("none", QStringLiteral("12ab")) << 400 << QStringLiteral("bad_request");
    QTest::newRow("create with bad expiredOn")
        << (create("none", QStringLiteral("1234567890123456"))
            << p("expiredOn", QStringLiteral("next week")))
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("renew without expiredOn")
        << QueryItems{p("action", QStringLiteral("renewInstance")), p("instanceId", known),
                      p("orderId", QStringLiteral("1"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("renew with bad expiredOn")
        << QueryItems{p("action", QStringLiteral("renewInstance")), p("instanceId", known),
                      p("orderId", QStringLiteral("1")),
                      p("expiredOn", QStringLiteral("2032-13-45 99:00:00"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("expire without instanceId")
        << QueryItems{p("action", QStringLiteral("expiredInstance"))} << 400
        << QStringLiteral("bad_request");
    QTest::newRow("release with bad isRefund")
        << QueryItems{p("action", QStringLiteral("releaseInstance")), p("instanceId", known),
                      p("isRefund", QStringLiteral("perhaps"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("upgrade without skuId")
        << QueryItems{p("action", QStringLiteral("upgradeInstance")), p("instanceId", known),
                      p("orderId", QStringLiteral("1"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("upgrade without orderId")
        << QueryItems{p("action", QStringLiteral("upgradeInstance")), p("instanceId", known),
                      p("skuId", QStringLiteral("sku-2"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("upgrade with bad instanceId")
        << QueryItems{p("action", QStringLiteral("upgradeInstance")),
                      p("instanceId", QStringLiteral("12ab")), p("orderId", QStringLiteral("1")),
                      p("skuId", QStringLiteral("sku-2"))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("verify without instanceId")
        << QueryItems{p("action", QStringLiteral("verify")),
                      p("timeStamp", beijingTime(QDateTime::currentDateTimeUtc()))}
        << 400 << QStringLiteral("bad_request");
    QTest::newRow("expire unknown instance")
        << QueryItems{p("action", QStringLiteral("expiredInstance")), p("instanceId", unknown)}
        << 404 << QStringLiteral("not_found");
    QTest::newRow("renew unknown instance")
        << QueryItems{p("action", QStringLiteral("renewInstance")), p("instanceId", unknown),
                      p("orderId", QStringLiteral("1")), p("expiredOn", later)}
        << 404 << QStringLiteral("not_found");
    QTest::newRow("release unknown instance")
        << QueryItems{p("action", QStringLiteral("releaseInstance")), p("instanceId", unknown),
                      p("isRefund", QStringLiteral("false"))}
        << 404 << QStringLiteral("not_found");
    QTest::newRow("upgrade unknown instance")
        << QueryItems{p("action", QStringLiteral("upgradeInstance")), p("instanceId", unknown),
                      p("orderId", QStringLiteral("1")), p("skuId", QStringLiteral("sku-2"))}
        << 404 << QStringLiteral("not_found");
}

void TestServerSpi::parameterErrors()
{
    QFETCH(QueryItems, params);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString error;
    const QString known = newInstance(m_uid, &error);
    VERIFY_NO_ERROR(error);
    for (Param &param : params) {
        if (param.second == QLatin1String("KNOWN"))
            param.second = known;
    }
    const HttpReply reply = callSpi(m_anon, params, m_server.spiKey());
    const QString why = spiErrorMismatch(reply, status, code);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(lookup(known, m_uid).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));
}

QTEST_GUILESS_MAIN(TestServerSpi)
#include "tst_server_spi.moc"
