// Creating and reading workspaces (registration step 3): the Workspace object, the site rule,
// the instance checks, validation with dotted field paths, createBillingCenterAccount, and
// other accounts' workspaces staying invisible.
#include "ApiHelpers.h"
#include "MarketplaceHelpers.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QDateTime kStart = utc("2031-03-10T08:00:00Z");

bool isWholeSecondUtc(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    return pattern.match(value.toString()).hasMatch();
}
} // namespace

class TestServerWorkspaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createReturnsTheWorkspace();
    void createBoundToAliyun_data();
    void createBoundToAliyun();
    void siteRuleOnCreate_data();
    void siteRuleOnCreate();
    void instanceChecksOnCreate_data();
    void instanceChecksOnCreate();
    void createValidation_data();
    void createValidation();
    void everyOffenderIsNamed();
    void createBillingCenterAccount();
    void otherAccountsWorkspaceIsNotFound();

private:
    qint64 total(HttpClient &client);
    QJsonObject aliyunBody(const QString &name, const QString &site = QStringLiteral("cn1"));

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
    QString m_uid;
    QString m_instance;
    QString m_otherUid;
    QString m_otherInstance;
    QString m_expired;
    QString m_released;
};

void TestServerWorkspaces::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, kStart), 200);
    for (HttpClient *client : {&m_alice, &m_bob}) {
        const Session session = registerAccount(m_anon, uniqueName(QStringLiteral("ws")));
        VERIFY_NO_ERROR(session.error);
        client->setBaseUrl(m_server.baseUrl());
        client->setToken(session.token);
    }
    QString error;
    m_uid = uniqueUid();
    m_otherUid = uniqueUid();
    const auto instance = [&](const QString &uid) {
        return createSandboxInstance(m_anon, uid, &error)
            .value(QLatin1String("instanceId"))
            .toString();
    };
    m_instance = instance(m_uid);
    m_otherInstance = instance(m_otherUid);
    m_expired = instance(m_uid);
    m_released = instance(m_uid);
    VERIFY_NO_ERROR(error);
    sandboxInstanceAction(m_anon, m_expired, QStringLiteral("expire"), &error);
    sandboxInstanceAction(m_anon, m_released, QStringLiteral("release"), &error);
    VERIFY_NO_ERROR(error);
}

void TestServerWorkspaces::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

qint64 TestServerWorkspaces::total(HttpClient &client)
{
    QString error;
    const qint64 count = listTotal(client, kWorkspaces, {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return count;
}

QJsonObject TestServerWorkspaces::aliyunBody(const QString &name, const QString &site)
{
    return workspaceBody(name, site, settlementBody(QStringLiteral("aliyun"), m_uid, m_instance));
}

void TestServerWorkspaces::createReturnsTheWorkspace()
{
    QJsonObject body = workspaceBody(QStringLiteral("prod-observability"), QStringLiteral("cn1"));
    body.insert(QStringLiteral("language"), QStringLiteral("zh"));
    body.insert(QStringLiteral("createBillingCenterAccount"), false);
    const HttpReply reply = m_alice.post(kWorkspaces, body);
    VERIFY_STATUS(reply, 201);
    const QJsonObject ws = reply.object();
    static const QRegularExpression id(QStringLiteral("^ws_[0-9a-f]{16}$"));
    QVERIFY2(id.match(ws.value(QLatin1String("id")).toString()).hasMatch(), reply.body.constData());
    QVERIFY2(QString::fromUtf8(reply.header("Location"))
                 .endsWith(kWorkspaces + u'/' + ws[QLatin1String("id")].toString()),
             reply.header("Location").constData());
    QCOMPARE(ws.value(QLatin1String("name")).toString(), QStringLiteral("prod-observability"));
    QCOMPARE(ws.value(QLatin1String("site")).toString(), QStringLiteral("cn1"));
    QCOMPARE(ws.value(QLatin1String("language")).toString(), QStringLiteral("zh"));
    const QJsonObject settlement = ws.value(QLatin1String("settlement")).toObject();
    QCOMPARE(settlement.value(QLatin1String("method")).toString(),
             QStringLiteral("billing_center"));
    QVERIFY(!settlement.contains(QLatin1String("aliyunAccountId")));
    QVERIFY(!settlement.contains(QLatin1String("instanceId")));
    QVERIFY2(isWholeSecondUtc(settlement.value(QLatin1String("since"))), reply.body.constData());
    QVERIFY(ws.contains(QLatin1String("nextChangeAllowedAt")));
    QVERIFY(ws.value(QLatin1String("nextChangeAllowedAt")).isNull());
    QCOMPARE(ws.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QVERIFY(ws.contains(QLatin1String("lockAt")) && ws.value(QLatin1String("lockAt")).isNull());
    QVERIFY(ws.value(QLatin1String("version")).isDouble());
    QVERIFY(ws.value(QLatin1String("version")).toInteger() >= 0);
    QVERIFY2(isWholeSecondUtc(ws.value(QLatin1String("createdAt"))), reply.body.constData());
    QVERIFY2(isWholeSecondUtc(ws.value(QLatin1String("updatedAt"))), reply.body.constData());
    const QDateTime created = billing::rfc3339::parse(ws[QLatin1String("createdAt")].toString());
    QVERIFY2(created >= kStart && created < kStart.addSecs(3600), reply.body.constData());

    QString error;
    QCOMPARE(getWorkspace(m_alice, ws.value(QLatin1String("id")).toString(), &error), ws);
    VERIFY_NO_ERROR(error);
}

void TestServerWorkspaces::createBoundToAliyun_data()
{
    QTest::addColumn<QString>("accountId"); // UID stands for the instance owner's UID
    QTest::newRow("plain") << QStringLiteral("UID");
    QTest::newRow("surrounding white space") << QStringLiteral("  UID\n");
    QTest::newRow("RAM user") << QStringLiteral("ops-admin@UID");
    QTest::newRow("RAM user with spaces") << QStringLiteral(" ops@UID \t");
}

void TestServerWorkspaces::createBoundToAliyun()
{
    QFETCH(QString, accountId);
    accountId.replace(QLatin1String("UID"), m_uid);
    const QJsonObject body =
        workspaceBody(QStringLiteral("bound"), QStringLiteral("cn6"),
                      settlementBody(QStringLiteral("aliyun"), accountId, m_instance));
    const HttpReply reply = m_alice.post(kWorkspaces, body);
    VERIFY_STATUS(reply, 201);
    const QJsonObject settlement = reply.object().value(QLatin1String("settlement")).toObject();
    QCOMPARE(settlement.value(QLatin1String("method")).toString(), QStringLiteral("aliyun"));
    QCOMPARE(settlement.value(QLatin1String("aliyunAccountId")).toString(), m_uid);
    QCOMPARE(settlement.value(QLatin1String("instanceId")).toString(), m_instance);
    QVERIFY(reply.object().value(QLatin1String("nextChangeAllowedAt")).isNull());
    QCOMPARE(reply.object().value(QLatin1String("status")).toString(), QStringLiteral("active"));
}

void TestServerWorkspaces::siteRuleOnCreate_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *site, const char *method, bool allowed) {
        QTest::addRow("%s %s", site, method)
            << QString::fromLatin1(site) << QString::fromLatin1(method) << allowed;
    };
    for (const char *site : {"cn1", "cn2", "cn4", "cn6", "us1", "eu1", "ap1", "za1", "id1"})
        row(site, "billing_center", true);
    row("cn1", "aliyun", true);
    row("cn6", "aliyun", true);
    for (const char *site : {"cn2", "us1", "eu1", "ap1"})
        row(site, "aws", true);
    row("cn4", "huawei", true);
    row("za1", "huawei", true);
    row("cn1", "aws", false);
    row("cn1", "huawei", false);
    row("cn1", "azure", false);
    row("cn2", "aliyun", false);
    row("cn4", "aws", false);
    row("us1", "azure", false);
    row("id1", "aliyun", false);
    row("id1", "aws", false);
    row("id1", "huawei", false);
    row("za1", "aliyun", false);
}

void TestServerWorkspaces::siteRuleOnCreate()
{
    QFETCH(QString, site);
    QFETCH(QString, method);
    QFETCH(bool, allowed);
    QString error;
    QJsonObject settlement = method == QLatin1String("aliyun")
                                 ? settlementBody(method, m_uid, m_instance)
                                 : wellFormedSettlementBody(method);
    if (allowed && (method == u"aws" || method == u"huawei")) {
        settlement = boundSettlementBody(m_alice, method, &error);
        VERIFY_NO_ERROR(error);
    }
    const qint64 before = total(m_alice);
    const HttpReply reply =
        m_alice.post(kWorkspaces, workspaceBody(QStringLiteral("site rule"), site, settlement));
    if (allowed) {
        VERIFY_STATUS(reply, 201);
        QCOMPARE(reply.object()[QLatin1String("settlement")][QLatin1String("method")].toString(),
                 method);
        QCOMPARE(total(m_alice), before + 1);
    } else {
        VERIFY_ERROR(reply, 422, "method_not_allowed_for_site");
        QCOMPARE(total(m_alice), before);
    }
}

void TestServerWorkspaces::instanceChecksOnCreate_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown instance")
        << QStringLiteral("UID") << QStringLiteral("8888888888888888888")
        << QStringLiteral("instance_not_found");
    QTest::newRow("largest instance id")
        << QStringLiteral("UID") << QStringLiteral("9223372036854775807")
        << QStringLiteral("instance_not_found");
    QTest::newRow("other owner") << QStringLiteral("UID") << QStringLiteral("OTHER")
                                 << QStringLiteral("instance_owner_mismatch");
    QTest::newRow("owner of other") << QStringLiteral("OTHERUID") << QStringLiteral("INSTANCE")
                                    << QStringLiteral("instance_owner_mismatch");
    QTest::newRow("expired") << QStringLiteral("UID") << QStringLiteral("EXPIRED")
                             << QStringLiteral("instance_not_active");
    QTest::newRow("released") << QStringLiteral("UID") << QStringLiteral("RELEASED")
                              << QStringLiteral("instance_not_active");
}

void TestServerWorkspaces::instanceChecksOnCreate()
{
    QFETCH(QString, uid);
    QFETCH(QString, instance);
    QFETCH(QString, code);
    uid = uid == QLatin1String("UID") ? m_uid : m_otherUid;
    if (instance == QLatin1String("OTHER"))
        instance = m_otherInstance;
    else if (instance == QLatin1String("INSTANCE"))
        instance = m_instance;
    else if (instance == QLatin1String("EXPIRED"))
        instance = m_expired;
    else if (instance == QLatin1String("RELEASED"))
        instance = m_released;
    const qint64 before = total(m_alice);
    const HttpReply reply = m_alice.post(
        kWorkspaces, workspaceBody(QStringLiteral("instance check"), QStringLiteral("cn1"),
                                   settlementBody(QStringLiteral("aliyun"), uid, instance)));
    const QString why = errorMismatch(reply, 422, code);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(total(m_alice), before);
}

void TestServerWorkspaces::createValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("badField"); // empty: accepted
    const QJsonValue removed(QJsonValue::Undefined);
    const auto bad = [](const char *row, const QString &path, const QJsonValue &value) {
        QTest::newRow(row) << path << value << path;
    };
    const auto good = [](const char *row, const QString &path, const QJsonValue &value) {
        QTest::newRow(row) << path << value << QString();
    };
    good("name 64 chars", QStringLiteral("name"), QString(64, u'n'));
    good("name padded", QStringLiteral("name"), QStringLiteral("  padded  "));
    good("name 64 CJK chars", QStringLiteral("name"), QString(64, QChar(0x89C2)));
    bad("name 65 CJK chars", QStringLiteral("name"), QString(65, QChar(0x89C2)));
    bad("name blank", QStringLiteral("name"), QStringLiteral("   "));
    bad("name 65 chars", QStringLiteral("name"), QString(65, u'n'));
    bad("name missing", QStringLiteral("name"), removed);
    bad("name number", QStringLiteral("name"), 5);
    good("language en", QStringLiteral("language"), QStringLiteral("en"));
    bad("language fr", QStringLiteral("language"), QStringLiteral("fr"));
    bad("language missing", QStringLiteral("language"), removed);
    bad("site unknown", QStringLiteral("site"), QStringLiteral("xx1"));
    bad("site missing", QStringLiteral("site"), removed);
    bad("settlement missing", QStringLiteral("settlement"), removed);
    bad("settlement string", QStringLiteral("settlement"), QStringLiteral("aliyun"));
    bad("method unknown", QStringLiteral("settlement.method"), QStringLiteral("paypal"));
    bad("method missing", QStringLiteral("settlement.method"), removed);
    bad("account id missing", QStringLiteral("settlement.aliyunAccountId"), removed);
    bad("account id short", QStringLiteral("settlement.aliyunAccountId"), QStringLiteral("12345"));
    bad("account id letters", QStringLiteral("settlement.aliyunAccountId"),
        QStringLiteral("12345678901234ab"));
    bad("account id RAM without name", QStringLiteral("settlement.aliyunAccountId"),
        QStringLiteral("@1234567890123456"));
    bad("instance id missing", QStringLiteral("settlement.instanceId"), removed);
    bad("instance id leading zero", QStringLiteral("settlement.instanceId"),
        QStringLiteral("06227091"));
    bad("instance id zero", QStringLiteral("settlement.instanceId"), QStringLiteral("0"));
    bad("instance id 20 digits", QStringLiteral("settlement.instanceId"), QString(20, u'1'));
    bad("instance id over int64", QStringLiteral("settlement.instanceId"),
        QStringLiteral("9223372036854775808"));
    bad("instance id number", QStringLiteral("settlement.instanceId"), 6227091);
    bad("unknown field", QStringLiteral("owner"), QStringLiteral("me"));
    bad("unknown nested field", QStringLiteral("settlement.plan"), QStringLiteral("gold"));
    bad("flag not bool", QStringLiteral("createBillingCenterAccount"), QStringLiteral("yes"));
}

void TestServerWorkspaces::createValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, badField);
    QJsonObject body = aliyunBody(QStringLiteral("validation"));
    setPath(body, path, value);
    const qint64 before = total(m_alice);
    const HttpReply reply = m_alice.post(kWorkspaces, body);
    if (badField.isEmpty()) {
        VERIFY_STATUS(reply, 201);
        QCOMPARE(total(m_alice), before + 1);
        return;
    }
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, badField);
    QCOMPARE(total(m_alice), before);
}

void TestServerWorkspaces::everyOffenderIsNamed()
{
    QJsonObject body = aliyunBody(QStringLiteral(" "));
    body.insert(QStringLiteral("language"), QStringLiteral("de"));
    setPath(body, QStringLiteral("settlement.instanceId"), QStringLiteral("abc"));
    const HttpReply reply = m_alice.post(kWorkspaces, body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, QStringLiteral("name"), QStringLiteral("language"),
                  QStringLiteral("settlement.instanceId"));
}

void TestServerWorkspaces::createBillingCenterAccount()
{
    const Session carol = registerAccount(m_anon, uniqueName(QStringLiteral("carol")));
    VERIFY_NO_ERROR(carol.error);
    HttpClient client(m_server.baseUrl(), carol.token);
    const auto hasAccount = [&] {
        return client.get(QStringLiteral("/api/v1/account"))
            .object()
            .value(QLatin1String("hasBillingCenterAccount"));
    };
    QCOMPARE(hasAccount(), QJsonValue(false));
    QJsonObject body = aliyunBody(QStringLiteral("without"));
    body.insert(QStringLiteral("createBillingCenterAccount"), false);
    VERIFY_STATUS(client.post(kWorkspaces, body), 201);
    QCOMPARE(hasAccount(), QJsonValue(false));
    body.insert(QStringLiteral("name"), QStringLiteral("with"));
    body.insert(QStringLiteral("createBillingCenterAccount"), true);
    VERIFY_STATUS(client.post(kWorkspaces, body), 201);
    QCOMPARE(hasAccount(), QJsonValue(true));
}

void TestServerWorkspaces::otherAccountsWorkspaceIsNotFound()
{
    QString error;
    const QJsonObject ws = createWorkspace(m_alice, aliyunBody(QStringLiteral("private")), &error);
    VERIFY_NO_ERROR(error);
    const QString id = ws.value(QLatin1String("id")).toString();
    const HttpReply foreign = m_bob.get(kWorkspaces + u'/' + id);
    VERIFY_ERROR(foreign, 404, "not_found");
    const HttpReply missing = m_bob.get(kWorkspaces + QStringLiteral("/ws_0000000000000000"));
    VERIFY_ERROR(missing, 404, "not_found");
    // Existence is never revealed: both 404s read the same, ids aside.
    QCOMPARE(QByteArray(foreign.body).replace(id.toUtf8(), "ID"),
             QByteArray(missing.body).replace("ws_0000000000000000", "ID"));
    VERIFY_ERROR(m_bob.get(kWorkspaces + QStringLiteral("/not-an-id")), 404, "not_found");

    const QJsonArray bobs = listAll(m_bob, kWorkspaces, {}, &error);
    VERIFY_NO_ERROR(error);
    for (const QJsonValue &item : bobs)
        QVERIFY(item[QLatin1String("id")].toString() != id);
    VERIFY_ERROR(m_bob.put(kWorkspaces + u'/' + id + QStringLiteral("/settlement"),
                           settlementBody(QStringLiteral("billing_center"))),
                 404, "not_found");
    QCOMPARE(getWorkspace(m_alice, id, &error), ws); // untouched
}

QTEST_GUILESS_MAIN(TestServerWorkspaces)
#include "tst_server_workspaces.moc"
