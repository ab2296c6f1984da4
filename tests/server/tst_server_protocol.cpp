// Conventions every endpoint shares: health, sites, unknown paths and methods, bearer
// authentication, reply headers and the Account object.
#include "ApiHelpers.h"
#include "BillingCatalogue.h"
#include "RawHttp.h"
#include "ReplyChecks.h"
#include "SettlementMethod.h"
#include "SiteTable.h"
#include "TestServer.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace billing::test;

namespace {
constexpr int kRequestsPerMinute = 600; // AddressRateLimiter's default

// A local IPv4 address that is not loopback, or a null address.
QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

} // namespace

class TestServerProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthz();
    void sitesMatchTheSiteTable();
    void billingItemsAreThePriceList();
    void unknownPathIsNotFound_data();
    void unknownPathIsNotFound();
    void otherMethodIsNotSupported_data();
    void otherMethodIsNotSupported();
    void bearerIsRequired_data();
    void bearerIsRequired();
    void badAuthorizationHeader_data();
    void badAuthorizationHeader();
    void accountHasTheContractShape();
    // Before the clock tests: they move the clock years ahead, past the session's life.
    void meteringQueryIsValidated_data();
    void meteringQueryIsValidated();
    void sandboxOutageIsValidated_data();
    void sandboxOutageIsValidated();
    void sandboxClockNormalisesTimes();
    void sandboxClockIsValidated_data();
    void sandboxClockIsValidated();
    void rateLimitPerNonLoopbackAddress();

private:
    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    Session m_session;
};

void TestServerProtocol::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_alice.setBaseUrl(m_server.baseUrl());
    m_session = registerAccount(m_anon, uniqueName(QStringLiteral("proto")), QStringLiteral("cn6"));
    VERIFY_NO_ERROR(m_session.error);
    m_alice.setToken(m_session.token);
}

void TestServerProtocol::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerProtocol::healthz()
{
    const HttpReply reply = m_anon.get(QStringLiteral("/healthz"));
    VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object(), QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));
    const QByteArray type = reply.header("Content-Type").toLower().replace(" ", "");
    QVERIFY2(type.startsWith("application/json") && type.contains("charset=utf-8"),
             type.constData());
}

void TestServerProtocol::billingItemsAreThePriceList()
{
    // Public, like the sites: the catalogue the client also has as data (billing.md).
    const HttpReply reply = m_anon.get(QStringLiteral("/api/v1/billing-items"));
    VERIFY_STATUS(reply, 200);
    const auto &catalogue = billing::BillingCatalogue::builtIn();
    QCOMPARE(reply.items().size(), catalogue.items().size());
    QCOMPARE(reply.object(), catalogue.toWire());
    QJsonObject synthetic;
    QJsonObject sms;
    for (const QJsonValue &value : reply.items()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"code").toString() == u"synthetic_tests")
            synthetic = item;
        if (item.value(u"code").toString() == u"sms")
            sms = item;
    }
    const QJsonObject usd = synthetic.value(u"prices").toObject().value(u"USD").toObject();
    QCOMPARE(usd.value(u"china").toString(), QStringLiteral("0.143"));
    QCOMPARE(usd.value(u"intl").toString(), QStringLiteral("1.43"));
    QCOMPARE(synthetic.value(u"unitSize").toInt(), 10000);
    QCOMPARE(synthetic.value(u"countedAs").toString(), QStringLiteral("daily_sum"));
    const QJsonObject cny = sms.value(u"prices").toObject().value(u"CNY").toObject();
    QCOMPARE(cny.value(u"china").toString(), QStringLiteral("1.00"));
    QVERIFY(cny.value(u"intl").isNull()); // SMS only on the China sites
}

void TestServerProtocol::sitesMatchTheSiteTable()
{
    const HttpReply reply = m_anon.get(QStringLiteral("/api/v1/sites"));
    VERIFY_STATUS(reply, 200);
    const auto &table = billing::SiteTable::builtIn();
    QCOMPARE(reply.items().size(), table.sites().size());
    QSet<QString> seen;
    for (const QJsonValue &value : reply.items()) {
        const QJsonObject site = value.toObject();
        const QString code = site.value(QLatin1String("code")).toString();
        const auto expected = table.find(code);
        QVERIFY2(expected.has_value(), qPrintable(QStringLiteral("unknown site ") + code));
        QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("site twice: ") + code));
        seen.insert(code);
        QCOMPARE(site.value(QLatin1String("name")).toString(), expected->name);
        QCOMPARE(site.value(QLatin1String("provider")).toString(), expected->providerCode);
        QCOMPARE(site.value(QLatin1String("providerName")).toString(), expected->providerName);
        QStringList methods;
        for (const QJsonValue &method : site.value(QLatin1String("methods")).toArray())
            methods << method.toString();
        QStringList expectedMethods;
        for (const auto method : expected->methods)
            expectedMethods << billing::toWire(method);
        methods.sort();
        expectedMethods.sort();
        QCOMPARE(methods, expectedMethods);
    }
    // The domain's own facts, independent of the table file.
    const auto methodsOf = [&](const QString &code) {
        for (const QJsonValue &value : reply.items()) {
            if (value[QLatin1String("code")].toString() == code)
                return value[QLatin1String("methods")].toArray();
        }
        return QJsonArray();
    };
    QCOMPARE(methodsOf(QStringLiteral("id1")), QJsonArray({QStringLiteral("billing_center")}));
    QVERIFY(methodsOf(QStringLiteral("cn1")).contains(QStringLiteral("aliyun")));
    QVERIFY(methodsOf(QStringLiteral("cn6")).contains(QStringLiteral("aliyun")));
    QVERIFY(methodsOf(QStringLiteral("cn4")).contains(QStringLiteral("huawei")));
    QVERIFY(methodsOf(QStringLiteral("us1")).contains(QStringLiteral("aws")));
    QVERIFY(!methodsOf(QStringLiteral("cn2")).contains(QStringLiteral("azure")));
}

void TestServerProtocol::unknownPathIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("api root") << QByteArray("GET") << QStringLiteral("/api/v1");
    QTest::newRow("unknown api") << QByteArray("GET") << QStringLiteral("/api/v1/nothing-here");
    QTest::newRow("unknown post") << QByteArray("POST") << QStringLiteral("/api/v1/nothing");
    QTest::newRow("other version") << QByteArray("GET") << QStringLiteral("/api/v2/sites");
    QTest::newRow("outside api") << QByteArray("GET") << QStringLiteral("/index.html");
    QTest::newRow("deeper path") << QByteArray("GET")
                                 << QStringLiteral("/api/v1/account/extra/segments");
}

void TestServerProtocol::unknownPathIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QByteArray body = method == "GET" ? QByteArray() : QByteArray("{}");
    const HttpReply reply = m_alice.send({method, path, {}, body, {}, std::nullopt});
    VERIFY_ERROR(reply, 404, "not_found");
}

void TestServerProtocol::otherMethodIsNotSupported_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowed");
    QTest::newRow("DELETE workspaces")
        << QByteArray("DELETE") << QStringLiteral("/api/v1/workspaces")
        << QStringList{QStringLiteral("GET"), QStringLiteral("POST")};
    QTest::newRow("PATCH account") << QByteArray("PATCH") << QStringLiteral("/api/v1/account")
                                   << QStringList{QStringLiteral("GET")};
    QTest::newRow("POST healthz") << QByteArray("POST") << QStringLiteral("/healthz")
                                  << QStringList{QStringLiteral("GET")};
    QTest::newRow("GET sessions") << QByteArray("GET") << QStringLiteral("/api/v1/sessions")
                                  << QStringList{QStringLiteral("POST")};
    QTest::newRow("GET settlement")
        << QByteArray("GET") << QStringLiteral("/api/v1/workspaces/ws_0000000000000000/settlement")
        << QStringList{QStringLiteral("PUT")};
    QTest::newRow("DELETE workspace")
        << QByteArray("DELETE") << QStringLiteral("/api/v1/workspaces/ws_0000000000000000")
        << QStringList{QStringLiteral("GET")};
    QTest::newRow("POST spi") << QByteArray("POST") << QStringLiteral("/spi/aliyun")
                              << QStringList{QStringLiteral("GET")};
    QTest::newRow("PUT sites") << QByteArray("PUT") << QStringLiteral("/api/v1/sites")
                               << QStringList{QStringLiteral("GET")};
    QTest::newRow("POST wallet") << QByteArray("POST") << QStringLiteral("/api/v1/account/wallet")
                                 << QStringList{QStringLiteral("GET")};
    QTest::newRow("GET sandbox recharge")
        << QByteArray("GET") << QStringLiteral("/api/v1/sandbox/wallet/recharge")
        << QStringList{QStringLiteral("POST")};
}

void TestServerProtocol::otherMethodIsNotSupported()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, allowed);
    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
    const HttpReply reply = m_alice.send({method, path, {}, body, {}, std::nullopt});
    VERIFY_ERROR(reply, 405, "method_not_supported");
    const QString allow = QString::fromLatin1(reply.header("Allow"));
    QVERIFY2(!allow.isEmpty(), "405 without an Allow header");
    for (const QString &name : allowed) {
        QVERIFY2(allow.split(u',').contains(name) || allow.contains(name),
                 qPrintable(QStringLiteral("Allow '%1' lacks %2").arg(allow, name)));
    }
    QVERIFY2(!allow.contains(QString::fromLatin1(method)),
             qPrintable(QStringLiteral("Allow '%1' names the refused method").arg(allow)));
}

void TestServerProtocol::bearerIsRequired_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray none;
    QTest::newRow("account") << QByteArray("GET") << QStringLiteral("/api/v1/account") << none;
    QTest::newRow("list workspaces")
        << QByteArray("GET") << QStringLiteral("/api/v1/workspaces") << none;
    QTest::newRow("get workspace")
        << QByteArray("GET") << QStringLiteral("/api/v1/workspaces/ws_0000000000000000") << none;
    QTest::newRow("create workspace")
        << QByteArray("POST") << QStringLiteral("/api/v1/workspaces")
        << compactJson(workspaceBody(QStringLiteral("w"), QStringLiteral("cn1")));
    QTest::newRow("settlement") << QByteArray(
        "PUT") << QStringLiteral("/api/v1/workspaces/ws_0000000000000000/settlement")
                                << compactJson(settlementBody(QStringLiteral("billing_center")));
    QTest::newRow("batch") << QByteArray("POST") << QStringLiteral("/api/v1/settlement-changes")
                           << QByteArray(R"({"changes":[]})");
    QTest::newRow("instance") << QByteArray("GET")
                              << QStringLiteral("/api/v1/marketplace/aliyun/instances/6227091")
                              << none;
    QTest::newRow("notifications")
        << QByteArray("GET") << QStringLiteral("/api/v1/notifications") << none;
    QTest::newRow("metering") << QByteArray("GET")
                              << QStringLiteral("/api/v1/marketplace/aliyun/metering") << none;
    QTest::newRow("bills") << QByteArray("GET") << QStringLiteral("/api/v1/bills") << none;
    QTest::newRow("bill workspaces")
        << QByteArray("GET") << QStringLiteral("/api/v1/bills/2026-11/workspaces") << none;
    QTest::newRow("bill lines") << QByteArray("GET") << QStringLiteral("/api/v1/bill-lines")
                                << none;
    QTest::newRow("logout") << QByteArray("DELETE") << QStringLiteral("/api/v1/sessions/current")
                            << none;
    QTest::newRow("wallet") << QByteArray("GET") << QStringLiteral("/api/v1/account/wallet")
                            << none;
    QTest::newRow("ledger") << QByteArray("GET") << QStringLiteral("/api/v1/account/ledger")
                            << none;
}

void TestServerProtocol::bearerIsRequired()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpReply reply = m_anon.send({method, path, {}, body, {}, QString()});
    VERIFY_ERROR(reply, 401, "unauthenticated");
    QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer"),
             qPrintable(QStringLiteral("WWW-Authenticate: '%1'")
                            .arg(QString::fromLatin1(reply.header("WWW-Authenticate")))));
}

void TestServerProtocol::badAuthorizationHeader_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("unknown token") << QByteArray("Bearer 0123456789abcdef0123456789abcdef");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("basic scheme") << QByteArray("Basic ZGVtbzpkZW1vLXBhc3MtMjAyNg==");
    QTest::newRow("token without scheme") << QByteArray("TOKEN"); // replaced by the real token
    QTest::newRow("token plus junk") << QByteArray("Bearer TOKEN x");
}

void TestServerProtocol::badAuthorizationHeader()
{
    QFETCH(QByteArray, authorization);
    authorization.replace("TOKEN", m_session.token.toUtf8());
    const HttpReply reply = m_anon.send({"GET",
                                         QStringLiteral("/api/v1/account"),
                                         {},
                                         {},
                                         {{"Authorization", authorization}},
                                         QString()});
    VERIFY_ERROR(reply, 401, "unauthenticated");
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestServerProtocol::accountHasTheContractShape()
{
    const HttpReply reply = m_alice.get(QStringLiteral("/api/v1/account"));
    VERIFY_STATUS(reply, 200);
    const QJsonObject account = reply.object();
    QStringList keys = account.keys();
    keys.sort();
    QStringList contract{QStringLiteral("company"),
                         QStringLiteral("createdAt"),
                         QStringLiteral("email"),
                         QStringLiteral("grantedMethods"),
                         QStringLiteral("hasBillingCenterAccount"),
                         QStringLiteral("id"),
                         QStringLiteral("phone"),
                         QStringLiteral("site"),
                         QStringLiteral("username")};
    contract.sort();
    for (const QString &key : contract)
        QVERIFY2(keys.contains(key), qPrintable(QStringLiteral("Account lacks ") + key));
    for (const QString &key : keys)
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive)
                     && !key.contains(QLatin1String("hash"), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("Account exposes ") + key));
    QVERIFY2(!reply.body.contains(m_session.password.toUtf8()), reply.body.constData());
    QVERIFY2(!reply.body.contains("$argon2"), reply.body.constData());

    static const QRegularExpression accountId(QStringLiteral("^acc_[0-9a-f]{16}$"));
    QVERIFY2(accountId.match(account.value(QLatin1String("id")).toString()).hasMatch(),
             reply.body.constData());
    QCOMPARE(account.value(QLatin1String("id")).toString(), m_session.accountId);
    QCOMPARE(account.value(QLatin1String("username")).toString(), m_session.username);
    QCOMPARE(account.value(QLatin1String("email")).toString(), m_session.email);
    QCOMPARE(account.value(QLatin1String("site")).toString(), QStringLiteral("cn6"));
    QCOMPARE(account.value(QLatin1String("hasBillingCenterAccount")), QJsonValue(false));
    QVERIFY(account.value(QLatin1String("grantedMethods")).isArray());
    static const QRegularExpression wholeSecondsUtc(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    QVERIFY2(wholeSecondsUtc.match(account.value(QLatin1String("createdAt")).toString()).hasMatch(),
             reply.body.constData());
    // The session reply carries the same account.
    QCOMPARE(m_session.account, account);
}

void TestServerProtocol::sandboxClockNormalisesTimes()
{
    const HttpReply set =
        m_anon.post(QStringLiteral("/api/v1/sandbox/clock"),
                    {{QStringLiteral("now"), QStringLiteral("2031-06-01T16:30:00.750+08:00")}});
    VERIFY_STATUS(set, 200);
    const QString echoed = set.object().value(QLatin1String("now")).toString();
    QVERIFY2(echoed.startsWith(QLatin1String("2031-06-01T08:3")) && echoed.endsWith(u'Z')
                 && echoed.size() == 20,
             qPrintable(set.describe()));
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY2(now >= utc("2031-06-01T08:30:00Z") && now < utc("2031-06-01T08:40:00Z"),
             qPrintable(now.toString(Qt::ISODate)));
    // asOf an hour ago: the clock has run an hour since it read `now`.
    const QDateTime asOf = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime shifted = utc("2031-06-01T08:30:00Z");
    VERIFY_STATUS(setClock(m_anon, shifted, asOf), 200);
    QVERIFY2(qAbs(serverNow(m_anon, &error).secsTo(shifted.addSecs(3600))) < 600,
             qPrintable(error));
}

void TestServerProtocol::sandboxClockIsValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("words") << QByteArray(R"({"now":"tomorrow"})") << QStringLiteral("now");
    QTest::newRow("no zone") << QByteArray(R"({"now":"2031-06-01T08:30:00"})")
                             << QStringLiteral("now");
    QTest::newRow("number") << QByteArray(R"({"now":1900000000})") << QStringLiteral("now");
    QTest::newRow("missing") << QByteArray(R"({})") << QStringLiteral("now");
    QTest::newRow("unknown field")
        << QByteArray(R"({"now":"2031-06-01T08:30:00Z","zone":"UTC"})") << QStringLiteral("zone");
    QTest::newRow("asOf in words")
        << QByteArray(R"({"now":"2031-06-01T08:30:00Z","asOf":"now"})") << QStringLiteral("asOf");
}

void TestServerProtocol::sandboxClockIsValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QString error;
    const QDateTime before = serverNow(m_anon, &error);
    const HttpReply reply = m_anon.postRaw(QStringLiteral("/api/v1/sandbox/clock"), body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
    const QDateTime after = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY2(after >= before && after < before.addSecs(600),
             "a refused clock change moved the clock");
}

void TestServerProtocol::meteringQueryIsValidated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString metering = QStringLiteral("/api/v1/marketplace/aliyun/metering");
    const QString sandbox = QStringLiteral("/api/v1/sandbox/aliyun/metering");
    QTest::newRow("month 13") << metering << QStringLiteral("month") << QStringLiteral("2026-13");
    QTest::newRow("a day") << metering << QStringLiteral("month") << QStringLiteral("2026-11-25");
    QTest::newRow("empty month") << metering << QStringLiteral("month") << QString();
    QTest::newRow("instance letters")
        << metering << QStringLiteral("instanceId") << QStringLiteral("abc");
    QTest::newRow("limit") << metering << QStringLiteral("limit") << QStringLiteral("0");
    QTest::newRow("sandbox instance")
        << sandbox << QStringLiteral("instanceId") << QStringLiteral("x1");
    QTest::newRow("sandbox cursor") << sandbox << QStringLiteral("cursor") << QStringLiteral("zz");
}

void TestServerProtocol::meteringQueryIsValidated()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const HttpReply reply = m_alice.get(path, {{field, value}});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
}

void TestServerProtocol::sandboxOutageIsValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("words") << QByteArray(R"({"until":"soon"})") << QStringLiteral("until");
    QTest::newRow("missing") << QByteArray(R"({})") << QStringLiteral("until");
    QTest::newRow("number") << QByteArray(R"({"until":1900000000})") << QStringLiteral("until");
    QTest::newRow("unknown field")
        << QByteArray(R"({"until":"2031-06-01T08:30:00Z","why":"x"})") << QStringLiteral("why");
}

void TestServerProtocol::sandboxOutageIsValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply reply =
        m_anon.postRaw(QStringLiteral("/api/v1/sandbox/aliyun/metering/outage"), body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, field);
}

void TestServerProtocol::rateLimitPerNonLoopbackAddress()
{
    const QHostAddress source = nonLoopbackAddress();
    if (source.isNull())
        QSKIP("no non-loopback IPv4 address on this machine");
    QTcpSocket socket;
    QVERIFY2(socket.bind(source), qPrintable(socket.errorString()));
    socket.connectToHost(QHostAddress::LocalHost, m_server.baseUrl().port());
    QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
    // 600 a minute: a fixed window may reset once meanwhile, so allow up to twice that.
    int served = 0;
    HttpReply reply;
    for (int i = 0; i < 1201; ++i) {
        reply = rawExchange(socket, "GET /api/v1/sites HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        if (reply.status != 200)
            break;
        ++served;
    }
    QVERIFY2(served >= kRequestsPerMinute,
             qPrintable(QStringLiteral("limited after %1: %2").arg(served).arg(reply.describe())));
    VERIFY_ERROR(reply, 429, "rate_limited");
    bool ok = false;
    const int retryAfter = reply.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, qPrintable(reply.describe()));
    // Loopback callers are not counted: more than a window's worth all go through.
    for (int i = 0; i <= kRequestsPerMinute; ++i)
        VERIFY_STATUS(m_anon.get(QStringLiteral("/api/v1/sites")), 200);
}

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_server_protocol.moc"
