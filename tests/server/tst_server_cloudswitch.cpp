// Rules that need a granted method, exercised with the --demo-workspaces account (granted
// methods are operator-side; the demo account is the only one that has any): a grant passes the
// site rule, the cloud-switch rule blocks a move from a live subscription to another cloud, a
// released subscription frees it, and the monthly rule answers before the cloud-switch rule.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");

QString settlementPath(const QString &id)
{
    return kWorkspaces + u'/' + id + QStringLiteral("/settlement");
}

QString instanceOf(const QJsonObject &ws)
{
    return ws[QLatin1String("settlement")][QLatin1String("instanceId")].toString();
}
} // namespace

class TestServerCloudSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void grantedMethodPassesTheSiteRule();
    void blockedWhileTheSubscriptionLives();
    void releasedSubscriptionFreesTheMove();
    void monthlyRuleAnswersFirst();

private:
    // Active aliyun workspaces the user has not changed this month, not on `except`.
    QJsonObject freeAliyunWorkspace(const QStringList &exceptInstances);

    TestServer m_server{
        TestServer::Options{true,
                            QByteArrayLiteral("test-spi-key"),
                            {QStringLiteral("--demo-workspaces"), QStringLiteral("50")},
                            {}}};
    HttpClient m_anon;
    HttpClient m_demo;
    QString m_granted;         // a granted cloud method other than aliyun
    QJsonObject m_grantedBody; // a settlement of it bound to the demo's claimed subscription
    QStringList m_used;
};

void TestServerCloudSwitch::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, utc("2031-03-10T08:00:00Z")), 200);
    const Session demo = login(m_anon, QStringLiteral("demo"), QStringLiteral("demo-pass-2026"));
    VERIFY_NO_ERROR(demo.error);
    m_demo.setBaseUrl(m_server.baseUrl());
    m_demo.setToken(demo.token);
    for (const QJsonValue &method : demo.account[QLatin1String("grantedMethods")].toArray()) {
        if (method.toString() != QLatin1String("aliyun")
            && method.toString() != QLatin1String("billing_center"))
            m_granted = method.toString();
    }
    // "Spread over all sites and methods" needs azure, which only a grant allows.
    QVERIFY2(!m_granted.isEmpty(), "the demo account has no granted cloud method");
    const HttpReply owned = m_demo.get(QStringLiteral("/api/v1/marketplace/subscriptions"),
                                       {{QStringLiteral("marketplace"), m_granted}});
    VERIFY_STATUS(owned, 200);
    const QJsonArray subscriptions = owned.object().value(u"subscriptions").toArray();
    QVERIFY2(!subscriptions.isEmpty(), "the demo account claimed no subscription of its grant");
    m_grantedBody = {{QStringLiteral("method"), m_granted},
                     {QStringLiteral("subscriptionId"),
                      subscriptions.first().toObject().value(u"subscriptionId")}};
}

void TestServerCloudSwitch::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerCloudSwitch::freeAliyunWorkspace(const QStringList &exceptInstances)
{
    QString error;
    const QJsonArray items = listAll(m_demo, kWorkspaces,
                                     {{QStringLiteral("method"), QStringLiteral("aliyun")},
                                      {QStringLiteral("status"), QStringLiteral("active")}},
                                     &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    for (const QJsonValue &value : items) {
        const QJsonObject ws = value.toObject();
        if (ws[QLatin1String("nextChangeAllowedAt")].isNull()
            && !exceptInstances.contains(instanceOf(ws)))
            return ws;
    }
    return {};
}

void TestServerCloudSwitch::grantedMethodPassesTheSiteRule()
{
    QString error;
    const QJsonArray items =
        listAll(m_demo, kWorkspaces, {{QStringLiteral("method"), QStringLiteral("billing_center")}},
                &error);
    VERIFY_NO_ERROR(error);
    QVERIFY(!items.isEmpty());
    const QJsonObject ws = items.at(0).toObject();
    const HttpReply reply =
        m_demo.put(settlementPath(ws[QLatin1String("id")].toString()), m_grantedBody);
    VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object()[QLatin1String("settlement")][QLatin1String("method")].toString(),
             m_granted);
}

void TestServerCloudSwitch::blockedWhileTheSubscriptionLives()
{
    const QJsonObject ws = freeAliyunWorkspace(m_used);
    QVERIFY2(!ws.isEmpty(), "no active aliyun demo workspace");
    const QString id = ws[QLatin1String("id")].toString();
    m_used << instanceOf(ws);

    VERIFY_ERROR(m_demo.put(settlementPath(id), m_grantedBody), 422, "cloud_switch_blocked");
    QString error;
    sandboxInstanceAction(m_anon, instanceOf(ws), QStringLiteral("expire"), &error);
    VERIFY_NO_ERROR(error);
    // Expired is frozen, not over: still a live subscription.
    const QJsonObject frozen = getWorkspace(m_demo, id, &error);
    QCOMPARE(frozen[QLatin1String("status")].toString(), QStringLiteral("lock_pending"));
    VERIFY_ERROR(m_demo.put(settlementPath(id), m_grantedBody), 422, "cloud_switch_blocked");
    QCOMPARE(getWorkspace(m_demo, id, &error), frozen);

    // Going back to billing_center is always open, and ends the lock countdown.
    const HttpReply back =
        m_demo.put(settlementPath(id), settlementBody(QStringLiteral("billing_center")));
    VERIFY_STATUS(back, 200);
    QCOMPARE(back.object()[QLatin1String("status")].toString(), QStringLiteral("active"));
    QVERIFY(back.object()[QLatin1String("lockAt")].isNull());
}

void TestServerCloudSwitch::releasedSubscriptionFreesTheMove()
{
    const QJsonObject ws = freeAliyunWorkspace(m_used);
    QVERIFY2(!ws.isEmpty(), "no second active aliyun demo workspace on another instance");
    const QString id = ws[QLatin1String("id")].toString();
    m_used << instanceOf(ws);
    QString error;
    sandboxInstanceAction(m_anon, instanceOf(ws), QStringLiteral("release"), &error);
    VERIFY_NO_ERROR(error);
    const QJsonObject switched = getWorkspace(m_demo, id, &error);
    QCOMPARE(switched[QLatin1String("settlement")][QLatin1String("method")].toString(),
             QStringLiteral("billing_center"));
    // The system's switch was no change: the cloud move is free this month.
    const HttpReply moved = m_demo.put(settlementPath(id), m_grantedBody);
    VERIFY_STATUS(moved, 200);
    QCOMPARE(moved.object()[QLatin1String("settlement")][QLatin1String("method")].toString(),
             m_granted);
}

void TestServerCloudSwitch::monthlyRuleAnswersFirst()
{
    const QString uid = uniqueUid();
    QString error;
    const QString first =
        createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    const QString second =
        createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    VERIFY_NO_ERROR(error);
    const QJsonObject ws =
        createWorkspace(m_demo,
                        workspaceBody(QStringLiteral("switcher"), QStringLiteral("cn1"),
                                      settlementBody(QStringLiteral("aliyun"), uid, first)),
                        &error);
    VERIFY_NO_ERROR(error);
    const QString id = ws[QLatin1String("id")].toString();
    VERIFY_ERROR(m_demo.put(settlementPath(id), m_grantedBody), 422, "cloud_switch_blocked");
    VERIFY_STATUS(
        m_demo.put(settlementPath(id), settlementBody(QStringLiteral("aliyun"), uid, second)), 200);
    VERIFY_ERROR(m_demo.put(settlementPath(id), m_grantedBody), 422, "change_too_soon");
}

QTEST_GUILESS_MAIN(TestServerCloudSwitch)
#include "tst_server_cloudswitch.moc"
