// Azure Marketplace on the real server (marketplaces.md): the landing page resolves its token
// and shows a claim code, claiming activates the subscription, and the webhook takes only
// calls with a good HS256 bearer token, each operation once, moving bound workspaces through
// the lifecycle (suspend: lock countdown, reinstate, unsubscribe: back on Billing Center with
// one mail and one history event each, by marketplace:azure).
#include "AzureTest.h"
#include "HistoryTest.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

class TestServerAzure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void landingRefusesBadTokens();
    void subscribeShowsAClaimCodeAndLandingAgainGivesANewOne();
    void claimActivatesTheSubscription();
    void refusedActivationLeavesItPending();
    void webhookRefusesBadTokensAndStoresNothing();
    void webhookTakesEachOperationOnce();
    void webhookAnswersUnknownAndMalformed();
    void lifecycleMovesBoundWorkspaces();
    void withoutSandboxOrKeyNothingIsTaken();

private:
    QJsonObject subscribe(const QJsonObject &body = {});
    QString claimedSubscription(); // subscribed in the sandbox and claimed by the demo account
    QString status(const QString &subscriptionId);
    QJsonObject workspace(const QString &id);

    TestServer m_server{azureServerOptions()};
    HttpClient m_anon;
    HttpClient m_demo;
    HttpClient m_bob;
};

void TestServerAzure::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-03-05T04:00:00Z")), 200);
    const Session demo = login(m_anon, QStringLiteral("demo"), QStringLiteral("demo-pass-2026"));
    VERIFY_NO_ERROR(demo.error);
    m_demo.setBaseUrl(m_server.baseUrl());
    m_demo.setToken(demo.token);
    const Session bob = registerAccount(m_anon, uniqueName(QStringLiteral("azbob")));
    VERIFY_NO_ERROR(bob.error);
    m_bob.setBaseUrl(m_server.baseUrl());
    m_bob.setToken(bob.token);
}

void TestServerAzure::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    // No token, key or claim code in the log.
    QVERIFY(!m_server.log().contains(QString::fromLatin1(kAzureKey)));
}

QJsonObject TestServerAzure::subscribe(const QJsonObject &body)
{
    const HttpReply reply = m_anon.post(kAzureConsole, body);
    if (reply.status != 201)
        qWarning("subscribe: %s", qPrintable(reply.describe()));
    return reply.object();
}

QString TestServerAzure::claimedSubscription()
{
    const QJsonObject subscribed = subscribe();
    const HttpReply claimed =
        m_demo.post(QStringLiteral("/api/v1/marketplace/claims"),
                    {{QStringLiteral("code"), subscribed[QLatin1String("claimCode")]}});
    if (claimed.status != 201)
        qWarning("claim: %s", qPrintable(claimed.describe()));
    return claimed.object().value(QLatin1String("subscriptionId")).toString();
}

QString TestServerAzure::status(const QString &subscriptionId)
{
    return billing::test::claimedSubscription(m_demo, subscriptionId)
        .value(QLatin1String("status"))
        .toString();
}

QJsonObject TestServerAzure::workspace(const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(m_demo, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

void TestServerAzure::landingRefusesBadTokens()
{
    for (const QueryItems &query :
         {QueryItems{}, QueryItems{{QStringLiteral("token"), QStringLiteral("not-a-token")}}}) {
        const HttpReply reply = m_anon.get(QStringLiteral("/marketplace/azure/landing"), query);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QVERIFY(!reply.body.contains("claim-code"));
    }
    // An expired token (24 h by the server clock) stores nothing either.
    const QJsonObject subscribed = subscribe();
    const QString landing = subscribed[QLatin1String("landingUrl")].toString();
    const QString token =
        QUrlQuery(QUrl(landing)).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    QVERIFY(!token.isEmpty());
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    VERIFY_STATUS(setClock(m_anon, now.addSecs(24 * 3600 + 60)), 200);
    const HttpReply late = m_anon.get(QStringLiteral("/marketplace/azure/landing"),
                                      {{QStringLiteral("token"), token}});
    VERIFY_STATUS(setClock(m_anon, now), 200);
    QCOMPARE(late.status, 400);
    QVERIFY(!late.body.contains("claim-code"));
}

void TestServerAzure::subscribeShowsAClaimCodeAndLandingAgainGivesANewOne()
{
    const QJsonObject subscribed =
        subscribe({{QStringLiteral("planId"), QStringLiteral("gold")}, {"quantity", 3}});
    const QJsonObject subscription = subscribed[QLatin1String("subscription")].toObject();
    const QString id = subscription[QLatin1String("subscriptionId")].toString();
    QCOMPARE(subscription[QLatin1String("marketplace")].toString(), QStringLiteral("azure"));
    QCOMPARE(subscription[QLatin1String("status")].toString(), QStringLiteral("pending"));
    QCOMPARE(subscription[QLatin1String("planId")].toString(), QStringLiteral("gold"));
    QCOMPARE(subscription[QLatin1String("productCode")].toString(),
             QStringLiteral("billing-desk-saas"));
    QCOMPARE(subscription[QLatin1String("customer")][QLatin1String("quantity")].toInt(), 3);
    QVERIFY(subscription[QLatin1String("customer")][QLatin1String("subscriptionName")].isString());
    QCOMPARE(id, id.toLower());
    QVERIFY(!QUuid(id).isNull());
    const QString code = subscribed[QLatin1String("claimCode")].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(code).hasMatch(),
             qPrintable(code));
    QVERIFY(subscribed[QLatin1String("claimLink")].toString().startsWith(
        QStringLiteral("billingdesk://claim?server=")));

    // The buyer's browser lands again: the same subscription, another code on the page.
    const QUrl landing(subscribed[QLatin1String("landingUrl")].toString());
    const HttpReply page = m_anon.get(
        landing.path(),
        {{QStringLiteral("token"),
          QUrlQuery(landing).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(id.toUtf8()));
    QVERIFY(page.body.contains("claim-code"));
    QVERIFY(!page.body.contains(code.toUtf8()));
    QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
    const HttpReply preview = m_demo.get(QStringLiteral("/api/v1/marketplace/claims/") + code);
    VERIFY_STATUS(preview, 200);
    QCOMPARE(preview.object()[QLatin1String("subscriptionId")].toString(), id);
}

void TestServerAzure::claimActivatesTheSubscription()
{
    const QJsonObject subscribed = subscribe();
    const QString code = subscribed[QLatin1String("claimCode")].toString();
    const HttpReply claimed =
        m_demo.post(QStringLiteral("/api/v1/marketplace/claims"), {{"code", code}});
    VERIFY_STATUS(claimed, 201);
    QCOMPARE(claimed.object()[QLatin1String("status")].toString(), QStringLiteral("opened"));
    const QString id = claimed.object()[QLatin1String("subscriptionId")].toString();
    QCOMPARE(status(id), QStringLiteral("opened"));
    // Single use; and another account cannot take it with a fresh code either.
    QCOMPARE(m_demo.post(QStringLiteral("/api/v1/marketplace/claims"), {{"code", code}}).status,
             422);
    QVERIFY(billing::test::claimedSubscription(m_bob, id).isEmpty());
}

void TestServerAzure::refusedActivationLeavesItPending()
{
    const QJsonObject subscribed = subscribe({{QStringLiteral("refuseActivation"), true}});
    const HttpReply claimed = m_demo.post(QStringLiteral("/api/v1/marketplace/claims"),
                                          {{"code", subscribed[QLatin1String("claimCode")]}});
    VERIFY_STATUS(claimed, 201);
    const QString id = claimed.object()[QLatin1String("subscriptionId")].toString();
    QCOMPARE(status(id), QStringLiteral("pending"));
    QTRY_VERIFY(m_server.log().contains(QStringLiteral("stays pending")));
    // A pending subscription cannot be bound.
    QString error;
    bindAzureWorkspace(m_demo, uniqueName(QStringLiteral("az-p-")), id, &error);
    QVERIFY(error.contains(QStringLiteral("instance_not_active")));
}

void TestServerAzure::webhookRefusesBadTokensAndStoresNothing()
{
    const QString id = claimedSubscription();
    const QJsonObject suspend = azureEvent(id, QStringLiteral("Suspend"));
    QJsonObject wrongAudience = azureClaims();
    wrongAudience.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    QJsonObject wrongIssuer = azureClaims();
    wrongIssuer.insert(QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/other/"));
    QJsonObject notYet = azureClaims();
    notYet.insert(QStringLiteral("nbf"), QDateTime::currentSecsSinceEpoch() + 600);
    const QList<std::pair<QByteArray, int>> refused{
        {QByteArray(), 401},
        {azureJwt(azureClaims(), QByteArrayLiteral("wrong-key")), 403},
        {azureJwt(azureClaims(), kAzureKey, QStringLiteral("none")), 403},
        {azureJwt(azureClaims(), kAzureKey, QStringLiteral("HS512")), 403},
        {azureJwt(azureClaims(-120)), 403}, // expired beyond the 60 s skew
        {azureJwt(wrongAudience), 403},
        {azureJwt(wrongIssuer), 403},
        {azureJwt(notYet), 403},
        {QByteArrayLiteral("a.b"), 403},
    };
    for (const auto &[token, expected] : refused)
        QCOMPARE(postAzureWebhook(m_anon, suspend, token).status, expected);
    QCOMPARE(status(id), QStringLiteral("opened"));
    // The same operation with a good token is then taken: nothing remembered it as seen.
    VERIFY_STATUS(postAzureWebhook(m_anon, suspend, azureJwt(azureClaims())), 200);
    QCOMPARE(status(id), QStringLiteral("expired"));
}

void TestServerAzure::webhookTakesEachOperationOnce()
{
    const QString id = claimedSubscription();
    const QJsonObject suspend = azureEvent(id, QStringLiteral("Suspend"));
    const QJsonObject reinstate = azureEvent(id, QStringLiteral("Reinstate"));
    VERIFY_STATUS(postAzureWebhook(m_anon, suspend, azureJwt(azureClaims())), 200);
    VERIFY_STATUS(postAzureWebhook(m_anon, reinstate, azureJwt(azureClaims())), 200);
    QCOMPARE(status(id), QStringLiteral("opened"));
    // The Suspend delivered again (Azure retries) is a no-op: it stays reinstated.
    VERIFY_STATUS(postAzureWebhook(m_anon, suspend, azureJwt(azureClaims())), 200);
    QCOMPARE(status(id), QStringLiteral("opened"));
}

void TestServerAzure::webhookAnswersUnknownAndMalformed()
{
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(postAzureWebhook(m_anon, azureEvent(unknown, QStringLiteral("Suspend")),
                              azureJwt(azureClaims()))
                 .status,
             404);
    QJsonObject noAction = azureEvent(claimedSubscription(), QStringLiteral("Suspend"));
    noAction.insert(QStringLiteral("action"), QStringLiteral("Explode"));
    QCOMPARE(postAzureWebhook(m_anon, noAction, azureJwt(azureClaims())).status, 400);
    const HttpReply garbage = m_anon.postRaw(
        kAzureWebhook, "{not json", {{"Authorization", "Bearer " + azureJwt(azureClaims())}});
    QCOMPARE(garbage.status, 400);
}

void TestServerAzure::lifecycleMovesBoundWorkspaces()
{
    const QString id = claimedSubscription();
    QString error;
    QStringList names;
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        names << uniqueName(QStringLiteral("az-ws-"));
        ids << bindAzureWorkspace(m_demo, names.last(), id, &error);
        VERIFY_NO_ERROR(error);
    }
    const QString path = kAzureConsole + u'/' + id;
    auto act = [&](const QString &action, const QJsonObject &body = {}) {
        return m_anon.post(path + u'/' + action, body);
    };
    VERIFY_STATUS(act(QStringLiteral("suspend")), 200);
    QCOMPARE(workspace(ids.first())[QLatin1String("status")].toString(),
             QStringLiteral("lock_pending"));
    VERIFY_STATUS(act(QStringLiteral("reinstate")), 200);
    QCOMPARE(workspace(ids.first())[QLatin1String("status")].toString(), QStringLiteral("active"));
    const HttpReply plan = act(QStringLiteral("change-plan"), {{"planId", "platinum"}});
    VERIFY_STATUS(plan, 200);
    QCOMPARE(plan.object()[QLatin1String("planId")].toString(), QStringLiteral("platinum"));
    const HttpReply quantity = act(QStringLiteral("change-quantity"), {{"quantity", 7}});
    VERIFY_STATUS(quantity, 200);
    QCOMPARE(quantity.object()[QLatin1String("customer")][QLatin1String("quantity")].toInt(), 7);
    QCOMPARE(act(QStringLiteral("change-quantity"), {{"quantity", 0}}).status, 422);
    VERIFY_STATUS(act(QStringLiteral("renew")), 200);
    QCOMPARE(status(id), QStringLiteral("opened"));

    const qint64 mailsBefore =
        listTotal(m_demo, QStringLiteral("/api/v1/notifications"), {}, &error);
    VERIFY_STATUS(act(QStringLiteral("unsubscribe")), 200);
    VERIFY_STATUS(act(QStringLiteral("unsubscribe")), 200); // nothing more happens
    QCOMPARE(status(id), QStringLiteral("released"));
    for (const QString &ws : ids) {
        const QJsonObject moved = workspace(ws);
        QCOMPARE(moved[QLatin1String("settlement")][QLatin1String("method")].toString(),
                 QStringLiteral("billing_center"));
        const QJsonArray items =
            listAll(m_demo, kWorkspaces + u'/' + ws + QStringLiteral("/history"), {}, &error);
        const QList<SettlementEvent> events = eventsOf(items, &error);
        VERIFY_NO_ERROR(error);
        const auto isRelease = [](const SettlementEvent &e) {
            return e.reason == EventReason::SubscriptionReleased;
        };
        QCOMPARE(std::count_if(events.cbegin(), events.cend(), isRelease), 1);
        // Not necessarily the newest: the server's 2-second timers (lock sweep, settlement)
        // may add a system event after it on a slow run.
        const SettlementEvent &release = *std::find_if(events.cbegin(), events.cend(), isRelease);
        QCOMPARE(release.actor, EventActor::ofMarketplace(QStringLiteral("azure")));
        QCOMPARE(release.from->subscriptionId, id);
    }
    const QJsonArray notes = listAll(m_demo, QStringLiteral("/api/v1/notifications"), {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(notes.size(), mailsBefore + 1);
    const QString body = notes.at(0)[QLatin1String("body")].toString();
    QVERIFY2(body.contains(names.at(0)) && body.contains(names.at(1)) && body.contains(id),
             qPrintable(body));
}

void TestServerAzure::withoutSandboxOrKeyNothingIsTaken()
{
    TestServer plain(TestServer::Options{false, QByteArrayLiteral("test-spi-key"), {}, {}});
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    HttpClient client(plain.baseUrl());
    QCOMPARE(postAzureWebhook(client,
                              azureEvent(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         QStringLiteral("Suspend")),
                              azureJwt(azureClaims()))
                 .status,
             503);
    const HttpReply landing = client.get(QStringLiteral("/marketplace/azure/landing"),
                                         {{QStringLiteral("token"), QStringLiteral("anything")}});
    QCOMPARE(landing.status, 503);
    QVERIFY(!landing.body.contains("claim-code"));
    QCOMPARE(client.post(kAzureConsole, {}).status, 404);
    QVERIFY2(plain.stop(), qPrintable(plain.errorString()));
}

QTEST_GUILESS_MAIN(TestServerAzure)
#include "tst_server_azure.moc"
