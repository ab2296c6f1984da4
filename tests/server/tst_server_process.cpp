// The billing-center command line and process: the ready line, signals, restarts on the same
// database, --sandbox, --demo-workspaces, the SPI key sources, and 500s that leak nothing.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "SettlementBinding.h"
#include "TestServer.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QString kDemoUser = QStringLiteral("demo");
const QString kDemoPassword = QStringLiteral("demo-pass-2026");

// Runs statements on the server's database from the outside (another connection).
QString execOnDatabase(const TestServer &server, const QStringList &statements,
                       QStringList *tables = nullptr)
{
    const QString name = QStringLiteral("tst_server_process");
    QString error;
    {
        QSqlDatabase db = server.openDatabaseConnection(name);
        if (!db.isOpen())
            return db.lastError().text();
        QSqlQuery query(db);
        if (tables)
            *tables = db.tables();
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                error = statement + QStringLiteral(": ") + query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void printsExactlyOneReadyLine();
    void sigintStopsCleanly();
    void restartKeepsDataAndSessions();
    void sandboxIsOffByDefault_data();
    void sandboxIsOffByDefault();
    void demoWorkspaces();
    void spiKeyFromEnvironment();
    void noSpiKeyAnswers503();
    void internalErrorLeaksNothing();

private:
    TestServer m_server; // --sandbox, default options
    HttpClient m_http;
    TestServer m_plain{TestServer::Options{false, QByteArrayLiteral("plain-key"), {}, {}}};
};

void TestServerProcess::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http.setBaseUrl(m_server.baseUrl());
    QVERIFY2(m_plain.start(), qPrintable(m_plain.errorString()));
}

void TestServerProcess::cleanupTestCase()
{
    QVERIFY2(m_plain.stop(), qPrintable(m_plain.errorString()));
    if (m_server.isRunning())
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerProcess::printsExactlyOneReadyLine()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const int port = server.baseUrl().port();
    HttpClient http(server.baseUrl());
    VERIFY_STATUS(http.get(QStringLiteral("/healthz")), 200);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QCOMPARE(server.standardOutput(),
             QByteArray("listening http://127.0.0.1:") + QByteArray::number(port) + '\n');
}

void TestServerProcess::sigintStopsCleanly()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY2(server.stop(SIGINT), qPrintable(server.errorString()));
    QVERIFY(!server.isRunning());
}

void TestServerProcess::restartKeepsDataAndSessions()
{
    const Session alice = registerAccount(m_http, uniqueName(QStringLiteral("persist")));
    VERIFY_NO_ERROR(alice.error);
    HttpClient client(m_server.baseUrl(), alice.token);
    QString error;
    const QJsonObject workspace = createWorkspace(
        client, workspaceBody(QStringLiteral("survives restart"), QStringLiteral("cn2")), &error);
    VERIFY_NO_ERROR(error);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    client.setBaseUrl(m_server.baseUrl());
    m_http.setBaseUrl(m_server.baseUrl());

    const HttpReply account = client.get(QStringLiteral("/api/v1/account"));
    VERIFY_STATUS(account, 200); // the session survived
    QCOMPARE(account.object().value(QLatin1String("id")).toString(), alice.accountId);
    QCOMPARE(getWorkspace(client, workspace.value(QLatin1String("id")).toString(), &error),
             workspace);
    VERIFY_NO_ERROR(error);
    QCOMPARE(listTotal(client, QStringLiteral("/api/v1/workspaces"), {}, &error), 1);
    const Session again = login(m_http, alice.username, alice.password);
    VERIFY_NO_ERROR(again.error);
}

void TestServerProcess::sandboxIsOffByDefault_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("create instance")
        << QByteArray("POST") << QStringLiteral("/api/v1/sandbox/aliyun/instances");
    for (const char *action : {"expire", "renew", "release"}) {
        QTest::addRow("%s instance", action)
            << QByteArray("POST")
            << QStringLiteral("/api/v1/sandbox/aliyun/instances/6227091/") + QLatin1String(action);
    }
    QTest::newRow("mailbox") << QByteArray("GET") << QStringLiteral("/api/v1/sandbox/mailbox");
    QTest::newRow("set clock") << QByteArray("POST") << QStringLiteral("/api/v1/sandbox/clock");
    QTest::newRow("read clock") << QByteArray("GET") << QStringLiteral("/api/v1/sandbox/clock");
}

void TestServerProcess::sandboxIsOffByDefault()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    HttpClient plain(m_plain.baseUrl());
    QByteArray body;
    if (path.endsWith(QLatin1String("clock")) && method == "POST")
        body = R"({"now":"2031-01-01T00:00:00Z"})";
    else if (path.endsWith(QLatin1String("instances")))
        body = R"({"aliUid":"1234567890123456"})";
    else if (method == "POST")
        body = "{}";
    VERIFY_ERROR(plain.send({method, path, {}, body, {}, QString()}), 404, "not_found");
    // The same request on a sandbox server is served, so the 404 is the flag's doing.
    const HttpReply sandboxed = m_http.send({method, path, {}, body, {}, QString()});
    QVERIFY2(sandboxed.status != 404 || sandboxed.errorCode() != QLatin1String("not_found")
                 || path.contains(QLatin1String("6227091")),
             qPrintable(sandboxed.describe()));
}

void TestServerProcess::demoWorkspaces()
{
    TestServer::Options options;
    options.extraArgs = {QStringLiteral("--demo-workspaces"), QStringLiteral("50")};
    TestServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    HttpClient http(demo.baseUrl());
    const Session session = login(http, kDemoUser, kDemoPassword);
    VERIFY_NO_ERROR(session.error);
    http.setToken(session.token);

    QString error;
    const QJsonArray items = listAll(http, QStringLiteral("/api/v1/workspaces"), {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(items.size(), 50);
    QCOMPARE(listTotal(http, QStringLiteral("/api/v1/workspaces"), {}, &error), 50);

    const HttpReply sites = http.get(QStringLiteral("/api/v1/sites"));
    QHash<QString, QSet<QString>> offered;
    for (const QJsonValue &site : sites.items()) {
        for (const QJsonValue &method : site[QLatin1String("methods")].toArray())
            offered[site[QLatin1String("code")].toString()].insert(method.toString());
    }
    QSet<QString> granted;
    for (const QJsonValue &method : session.account[QLatin1String("grantedMethods")].toArray())
        granted.insert(method.toString());

    QSet<QString> siteCodes;
    QSet<QString> methods;
    for (const QJsonValue &value : items) {
        const QJsonObject settlement = value[QLatin1String("settlement")].toObject();
        const QString site = value[QLatin1String("site")].toString();
        const QString method = settlement.value(QLatin1String("method")).toString();
        siteCodes.insert(site);
        methods.insert(method);
        QVERIFY2(offered.value(site).contains(method) || granted.contains(method),
                 qPrintable(QStringLiteral("demo workspace with %1 on %2, neither offered nor "
                                           "granted")
                                .arg(method, site)));
        // Every demo settlement names its payer: the binding fields of its method, no other.
        const auto parsed = settlementMethodFromWire(method);
        QVERIFY(parsed);
        QStringList expected{QStringLiteral("method"), QStringLiteral("since")};
        for (SettlementBinding::Field field : SettlementBinding::fieldsOf(*parsed))
            expected.append(QString(SettlementBinding::wireKey(field)));
        QStringList keys = settlement.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &key : keys)
            QVERIFY2(!settlement.value(key).toString().isEmpty(), qPrintable(key));
    }
    QCOMPARE(siteCodes.size(), offered.size());
    QCOMPARE(methods, QSet<QString>({QStringLiteral("billing_center"), QStringLiteral("aliyun"),
                                     QStringLiteral("aws"), QStringLiteral("huawei"),
                                     QStringLiteral("azure")}));

    // Once: a restart with the same flag on the same database adds nothing.
    QVERIFY2(demo.restart(), qPrintable(demo.errorString()));
    http.setBaseUrl(demo.baseUrl());
    QCOMPARE(listTotal(http, QStringLiteral("/api/v1/workspaces"), {}, &error), 50);
    VERIFY_NO_ERROR(error);
    QVERIFY2(demo.stop(), qPrintable(demo.errorString()));
}

void TestServerProcess::spiKeyFromEnvironment()
{
    TestServer::Options options;
    options.spiKey.clear();
    options.environment = {{QStringLiteral("BILLING_CENTER_SPI_KEY"), QStringLiteral("env-key")}};
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const QueryItems params{{QStringLiteral("action"), QStringLiteral("createInstance")},
                            {QStringLiteral("aliUid"), uniqueUid()},
                            {QStringLiteral("orderBizId"), uniqueOrderId()},
                            {QStringLiteral("orderId"), uniqueOrderId()},
                            {QStringLiteral("productCode"), QStringLiteral("cmgj00053362")},
                            {QStringLiteral("skuId"), QStringLiteral("yuncode5336200001")},
                            {QStringLiteral("trial"), QStringLiteral("false")}};
    const HttpReply good = http.get(QStringLiteral("/spi/aliyun"), signedSpi(params, "env-key"));
    VERIFY_STATUS(good, 200);
    QVERIFY2(!good.object().value(QLatin1String("instanceId")).toString().isEmpty(),
             qPrintable(good.describe()));
    VERIFY_SPI_ERROR(http.get(QStringLiteral("/spi/aliyun"), signedSpi(params, "test-spi-key")),
                     403, "forbidden");
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
}

void TestServerProcess::noSpiKeyAnswers503()
{
    TestServer::Options options;
    options.spiKey.clear();
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const QueryItems params{{QStringLiteral("action"), QStringLiteral("expiredInstance")},
                            {QStringLiteral("instanceId"), QStringLiteral("6227091")}};
    VERIFY_SPI_ERROR(http.get(QStringLiteral("/spi/aliyun"), signedSpi(params, "")), 503,
                     "service_unavailable");
    VERIFY_SPI_ERROR(http.get(QStringLiteral("/spi/aliyun"), params), 503, "service_unavailable");
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QVERIFY2(
        server.log().contains(QLatin1String("spi"), Qt::CaseInsensitive),
        qPrintable(QStringLiteral("the log does not say why the SPI is off:\n") + server.log()));
}

void TestServerProcess::internalErrorLeaksNothing()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient http(server.baseUrl());
    const Session session = registerAccount(http, uniqueName(QStringLiteral("boom")));
    VERIFY_NO_ERROR(session.error);
    http.setToken(session.token);

    // Make every write fail inside SQLite, with a message that must not reach the client.
    QStringList tables;
    VERIFY_NO_ERROR(execOnDatabase(server, {}, &tables));
    QVERIFY(!tables.isEmpty());
    QStringList create;
    QStringList drop;
    const bool postgres = TestServer::onPostgres();
    if (postgres) {
        create << QStringLiteral("CREATE FUNCTION tst_fail() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $$BEGIN RAISE EXCEPTION 'injected SELECT secret FROM %', "
                                 "TG_TABLE_NAME; END$$");
    }
    for (const QString &table : std::as_const(tables)) {
        for (const char *event : {"INSERT", "UPDATE"}) {
            const QString trigger =
                QStringLiteral("tst_fail_%1_%2").arg(table, QLatin1String(event));
            if (postgres) {
                create << QStringLiteral("CREATE TRIGGER \"%1\" BEFORE %2 ON \"%3\" FOR EACH "
                                         "ROW EXECUTE FUNCTION tst_fail()")
                              .arg(trigger, QLatin1String(event), table);
                drop << QStringLiteral("DROP TRIGGER \"%1\" ON \"%2\"").arg(trigger, table);
            } else {
                create << QStringLiteral("CREATE TRIGGER \"%1\" BEFORE %2 ON \"%3\" BEGIN "
                                         "SELECT RAISE(ABORT, 'injected SELECT secret FROM %3'); "
                                         "END")
                              .arg(trigger, QLatin1String(event), table);
                drop << QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger);
            }
        }
    }
    VERIFY_NO_ERROR(execOnDatabase(server, create));

    const QJsonObject body = workspaceBody(QStringLiteral("retried"), QStringLiteral("cn1"));
    const HeaderList key{{"Idempotency-Key", "retry-after-500"}};
    const HttpReply failed = http.post(QStringLiteral("/api/v1/workspaces"), body, key);
    VERIFY_ERROR(failed, 500, "internal");
    for (const char *secret : {"injected", "secret", "select", "raise", "sql", "trigger"})
        QVERIFY2(!failed.body.toLower().contains(secret),
                 qPrintable(QStringLiteral("500 body leaks '%1': %2")
                                .arg(QLatin1String(secret), failed.describe())));
    QVERIFY2(!failed.body.contains(server.dbPath().toUtf8()), failed.body.constData());
    QVERIFY2(!failed.body.contains(server.spiKey()), failed.body.constData());

    // The failure left nothing behind, and the server recovers once the database does.
    VERIFY_NO_ERROR(execOnDatabase(server, drop));
    QString error;
    QCOMPARE(listTotal(http, QStringLiteral("/api/v1/workspaces"), {}, &error), 0);
    VERIFY_NO_ERROR(error);
    // A 500 is not stored: the retry under the same key does the work.
    const HttpReply retry = http.post(QStringLiteral("/api/v1/workspaces"), body, key);
    VERIFY_STATUS(retry, 201);
    QVERIFY(retry.header("Idempotent-Replayed").toLower() != "true");
    QCOMPARE(listTotal(http, QStringLiteral("/api/v1/workspaces"), {}, &error), 1);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
