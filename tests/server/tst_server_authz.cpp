// Authorisation on every route of the server. The route table comes from the server itself
// (the hidden --list-routes), so a route added without an entry here fails the test.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QProcess>
#include <QTest>

using namespace billing::test;

namespace {
enum class Access {
    Public,  // no session needed, by design
    Bearer,  // 401 without a valid session
    Sandbox, // only with --sandbox; no session, by design (test double of the marketplace)
};

struct RouteEntry {
    Access access;
    QByteArray body; // a valid body for the route, so only authorisation can refuse it
};

// Every route of billing-center, as "METHOD /pattern". Adding a route means adding it here,
// with the reason it is public when it is.
const QHash<QString, RouteEntry> &routeEntries()
{
    static const QHash<QString, RouteEntry> entries{
        {u"GET /healthz"_qs, {Access::Public, {}}},
        {u"GET /api/v1/sites"_qs, {Access::Public, {}}},
        {u"GET /api/v1/billing-items"_qs, {Access::Public, {}}},       // the price list
        {u"POST /api/v1/verification-codes"_qs, {Access::Public, {}}}, // before an account
        {u"POST /api/v1/accounts"_qs, {Access::Public, {}}},           // registration
        {u"POST /api/v1/sessions"_qs, {Access::Public, {}}},           // login
        {u"GET /spi/aliyun"_qs, {Access::Public, {}}},                 // signed with the SPI key
        {u"GET /api/v1/account"_qs, {Access::Bearer, {}}},
        {u"DELETE /api/v1/sessions/current"_qs, {Access::Bearer, {}}},
        {u"POST /api/v1/workspaces"_qs,
         {Access::Bearer,
          R"({"name":"authz","site":"cn1","language":"en","settlement":{"method":"billing_center"}})"}},
        {u"GET /api/v1/workspaces"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/workspaces/{id}"_qs, {Access::Bearer, {}}},
        {u"PUT /api/v1/workspaces/{id}/settlement"_qs,
         {Access::Bearer, R"({"method":"billing_center"})"}},
        {u"POST /api/v1/settlement-changes"_qs,
         {Access::Bearer, R"({"changes":[{"workspaceId":"{id}","method":"billing_center"}]})"}},
        {u"GET /api/v1/marketplace/aliyun/instances/{instanceId}"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/marketplace/aliyun/metering"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/notifications"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/workspaces/{id}/history"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/audit"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/account/wallet"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/account/ledger"_qs, {Access::Bearer, {}}},
        {u"POST /api/v1/usage"_qs, {Access::Public, {}}}, // the collector's key, not a session
        {u"GET /api/v1/bills"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/bills/{month}/workspaces"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/bill-lines"_qs, {Access::Bearer, {}}},
        {u"POST /api/v1/sandbox/aliyun/instances"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aliyun/instances/{id}/expire"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aliyun/instances/{id}/renew"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aliyun/instances/{id}/release"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aliyun/instances/{id}/upgrade"_qs,
         {Access::Sandbox, R"({"skuId":"authz"})"}},
        {u"GET /api/v1/sandbox/mailbox"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/clock"_qs, {Access::Sandbox, {}}},
        {u"GET /api/v1/sandbox/clock"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/wallet/recharge"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/wallet/vouchers"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aliyun/metering/outage"_qs, {Access::Sandbox, {}}},
        {u"GET /api/v1/sandbox/aliyun/metering"_qs, {Access::Sandbox, {}}},
        // Issue 18: every marketplace. Callbacks are signed with the marketplace's key or
        // certificate; landing pages are opened by the buyer's browser with the
        // marketplace's token, before any account is known.
        {u"POST /spi/huawei"_qs, {Access::Public, {}}},
        {u"POST /spi/aws/notifications"_qs, {Access::Public, {}}},
        {u"POST /spi/azure/webhook"_qs, {Access::Public, {}}},
        {u"POST /marketplace/aws/landing"_qs, {Access::Public, {}}},
        {u"GET /marketplace/azure/landing"_qs, {Access::Public, {}}},
        {u"GET /api/v1/marketplace/huawei/instances/{instanceId}"_qs, {Access::Bearer, {}}},
        {u"GET /api/v1/marketplace/subscriptions"_qs, {Access::Bearer, {}}},
        {u"POST /api/v1/marketplace/claims"_qs, {Access::Bearer, R"({"code":"ABCD-EF23"})"}},
        {u"GET /api/v1/marketplace/claims/{code}"_qs, {Access::Bearer, {}}},
        {u"POST /api/v1/sandbox/aws/tokens"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aws/subscriptions"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aws/subscriptions/{id}/fail"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aws/subscriptions/{id}/resubscribe"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/aws/subscriptions/{id}/unsubscribe"_qs, {Access::Sandbox, {}}},
        {u"GET /api/v1/sandbox/aws/metering"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/huawei/instances"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/huawei/instances/{id}/freeze"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/huawei/instances/{id}/unfreeze"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/huawei/instances/{id}/renew"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/huawei/instances/{id}/release"_qs, {Access::Sandbox, {}}},
        {u"GET /api/v1/sandbox/huawei/metering"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/change-plan"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/change-quantity"_qs,
         {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/reinstate"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/renew"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/suspend"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/subscriptions/{id}/unsubscribe"_qs, {Access::Sandbox, {}}},
        {u"POST /api/v1/sandbox/azure/batchUsageEvent"_qs, {Access::Sandbox, {}}},
        {u"GET /api/v1/sandbox/azure/metering"_qs, {Access::Sandbox, {}}},
    };
    return entries;
}

// "METHOD /pattern" of every route the binary registers (auth column dropped, kept apart).
QMap<QString, QString> listRoutes(const QStringList &extraArgs, QString *error)
{
    QTemporaryDir dir;
    QProcess process;
    process.start(TestServer::binaryPath(),
                  QStringList{u"--list-routes"_qs, u"--db"_qs, dir.filePath(u"routes.sqlite"_qs)}
                      + extraArgs);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = u"--list-routes failed: "_qs + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QMap<QString, QString> routes;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 3)
            routes.insert(QString::fromLatin1(parts[0] + ' ' + parts[1]),
                          QString::fromLatin1(parts[2]));
    }
    if (routes.isEmpty())
        *error = u"--list-routes printed no route"_qs;
    return routes;
}
} // namespace

class TestServerAuthz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteHasAnEntry();
    void sandboxRoutesExistOnlyWithSandbox();
    void bearerRoutesRefuseNoSession_data();
    void bearerRoutesRefuseNoSession();
    void otherAccountsIdsAreNotFound_data();
    void otherAccountsIdsAreNotFound();
    void listsShowOnlyTheCallersItems();
    void revokedAndExpiredSessionsOpenNoRoute();

private:
    HttpRequest requestFor(const QString &route, const QString &id) const;
    void addBearerRows();

    TestServer m_server;
    HttpClient m_anon;
    Session m_alice;
    Session m_bob;
    QString m_bobWorkspace;
    QString m_bobInstance;
    QString m_bobUid;
    QMap<QString, QString> m_routes;
};

void TestServerAuthz::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    QString error;
    m_routes = listRoutes({u"--sandbox"_qs}, &error);
    VERIFY_NO_ERROR(error);
    m_alice = registerAccount(m_anon, uniqueName(u"authzA"_qs));
    VERIFY_NO_ERROR(m_alice.error);
    m_bob = registerAccount(m_anon, uniqueName(u"authzB"_qs));
    VERIFY_NO_ERROR(m_bob.error);
    HttpClient bob(m_server.baseUrl(), m_bob.token);
    m_bobUid = uniqueUid();
    m_bobInstance = createSandboxInstance(m_anon, m_bobUid, &error).value(u"instanceId").toString();
    VERIFY_NO_ERROR(error);
    const QJsonObject ws =
        createWorkspace(bob,
                        workspaceBody(u"bob's"_qs, u"cn1"_qs,
                                      settlementBody(u"aliyun"_qs, m_bobUid, m_bobInstance)),
                        &error);
    VERIFY_NO_ERROR(error);
    m_bobWorkspace = ws.value(u"id").toString();
}

void TestServerAuthz::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerAuthz::everyRouteHasAnEntry()
{
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        QVERIFY2(routeEntries().contains(it.key()),
                 qPrintable(u"route without an authorisation entry: "_qs + it.key()));
        const Access access = routeEntries().value(it.key()).access;
        QCOMPARE(it.value(), access == Access::Bearer ? u"bearer"_qs : u"none"_qs);
    }
    for (auto it = routeEntries().cbegin(); it != routeEntries().cend(); ++it)
        QVERIFY2(m_routes.contains(it.key()), qPrintable(u"stale entry: "_qs + it.key()));
}

void TestServerAuthz::sandboxRoutesExistOnlyWithSandbox()
{
    QString error;
    const QMap<QString, QString> production = listRoutes({}, &error);
    VERIFY_NO_ERROR(error);
    for (auto it = routeEntries().cbegin(); it != routeEntries().cend(); ++it)
        QCOMPARE(production.contains(it.key()), it.value().access != Access::Sandbox);
}

HttpRequest TestServerAuthz::requestFor(const QString &route, const QString &id) const
{
    const qsizetype space = route.indexOf(u' ');
    HttpRequest request;
    request.method = route.left(space).toLatin1();
    request.path = route.mid(space + 1)
                       .replace(u"{id}"_qs, id)
                       .replace(u"{instanceId}"_qs, m_bobInstance)
                       .replace(u"{month}"_qs, u"2026-11"_qs);
    const QByteArray body = routeEntries().value(route).body;
    if (!body.isEmpty())
        request.body = QByteArray(body).replace("{id}", id.toUtf8());
    else if (request.method == "POST" || request.method == "PUT")
        request.body = "{}";
    if (!request.body.isNull())
        request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    return request;
}

void TestServerAuthz::addBearerRows()
{
    QTest::addColumn<QString>("route");
    for (auto it = routeEntries().cbegin(); it != routeEntries().cend(); ++it) {
        if (it.value().access == Access::Bearer)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
}

void TestServerAuthz::bearerRoutesRefuseNoSession_data()
{
    addBearerRows();
}

void TestServerAuthz::bearerRoutesRefuseNoSession()
{
    QFETCH(QString, route);
    const QString stranger = QString(32, u'a');
    for (const QString &token : QStringList{QString(), stranger, m_alice.token + u"x"_qs}) {
        HttpRequest request = requestFor(route, m_bobWorkspace);
        request.token = token;
        const HttpReply reply = m_anon.send(request);
        VERIFY_ERROR(reply, 401, "unauthenticated");
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }
}

void TestServerAuthz::otherAccountsIdsAreNotFound_data()
{
    QTest::addColumn<QString>("route");
    for (auto it = routeEntries().cbegin(); it != routeEntries().cend(); ++it) {
        // A month or a claim code in the path names nothing of another account's.
        if (it.value().access == Access::Bearer && it.key().contains(u'{')
            && !it.key().contains(u"{month}") && !it.key().contains(u"{code}"))
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    // The batch names its workspace in the body, not the path.
    QTest::newRow("POST /api/v1/settlement-changes") << u"POST /api/v1/settlement-changes"_qs;
}

void TestServerAuthz::otherAccountsIdsAreNotFound()
{
    QFETCH(QString, route);
    HttpClient alice(m_server.baseUrl(), m_alice.token);
    const HttpReply reply = alice.send(requestFor(route, m_bobWorkspace));
    if (route.endsWith(u"settlement-changes")) {
        VERIFY_STATUS(reply, 200);
        const QJsonObject result = reply.object().value(u"results").toArray().at(0).toObject();
        QCOMPARE(result.value(u"status").toString(), u"rejected"_qs);
        QCOMPARE(result.value(u"error").toObject().value(u"code").toString(), u"not_found"_qs);
    } else {
        VERIFY_ERROR(reply, 404, "not_found");
    }
    // Bob's workspace is untouched, and Bob still sees it.
    HttpClient bob(m_server.baseUrl(), m_bob.token);
    QString error;
    const QJsonObject ws = getWorkspace(bob, m_bobWorkspace, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(ws.value(u"version").toInt(), 1);
    QCOMPARE(ws.value(u"settlement").toObject().value(u"method").toString(), u"aliyun"_qs);
}

void TestServerAuthz::listsShowOnlyTheCallersItems()
{
    HttpClient alice(m_server.baseUrl(), m_alice.token);
    QString error;
    for (const QString &path : {u"/api/v1/workspaces"_qs, u"/api/v1/notifications"_qs}) {
        const QJsonArray items = listAll(alice, path, {}, &error);
        VERIFY_NO_ERROR(error);
        for (const QJsonValue &item : items) {
            QVERIFY(item.toObject().value(u"id").toString() != m_bobWorkspace);
            QVERIFY(item.toObject().value(u"to").toString() != m_bob.email);
        }
    }
}

void TestServerAuthz::revokedAndExpiredSessionsOpenNoRoute()
{
    QString error;
    const Session loggedOut = login(m_anon, m_alice.username, m_alice.password);
    VERIFY_NO_ERROR(loggedOut.error);
    HttpClient client(m_server.baseUrl(), loggedOut.token);
    VERIFY_STATUS(client.del(u"/api/v1/sessions/current"_qs), 204);
    const QDateTime before = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    const Session expiring = login(m_anon, m_alice.username, m_alice.password);
    VERIFY_NO_ERROR(expiring.error);
    VERIFY_STATUS(setClock(m_anon, before.addSecs(12 * 3600 + 60)), 200);
    for (auto it = routeEntries().cbegin(); it != routeEntries().cend(); ++it) {
        if (it.value().access != Access::Bearer)
            continue;
        for (const QString &token : {loggedOut.token, expiring.token}) {
            HttpRequest request = requestFor(it.key(), m_bobWorkspace);
            request.token = token;
            const HttpReply reply = m_anon.send(request);
            QVERIFY2(reply.status == 401, qPrintable(it.key() + u": "_qs + reply.describe()));
        }
    }
    VERIFY_STATUS(setClock(m_anon, before), 200);
}

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_server_authz.moc"
