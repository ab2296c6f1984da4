// PUT /api/v1/workspaces/{id}/settlement: the monthly rule, no-op re-submits, the site rule,
// and the instance checks. expectedVersion and the order of checks: tst_server_checkorder; the
// cloud-switch rule needs a granted method: tst_server_cloudswitch.
#include "ApiHelpers.h"
#include "MarketplaceHelpers.h"
#include "ReplyChecks.h"
#include "Rfc3339.h"
#include "TestServer.h"

#include <QTest>

using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QDateTime kStart = utc("2031-03-10T08:00:00Z");
const QString kNextMonth = QStringLiteral("2031-04-01T00:00:00Z");

QString settlementPath(const QString &id)
{
    return kWorkspaces + u'/' + id + QStringLiteral("/settlement");
}

qint64 versionOf(const QJsonObject &ws)
{
    return ws.value(QLatin1String("version")).toInteger();
}

QString methodOf(const QJsonObject &ws)
{
    return ws[QLatin1String("settlement")][QLatin1String("method")].toString();
}
} // namespace

class TestServerSettlement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void changeStartsTheMonthlyRule();
    void resubmittingIsANoOp();
    void siteRule_data();
    void siteRule();
    void anotherInstanceIsAChange();
    void instanceChecks_data();
    void instanceChecks();
    void bodyValidation_data();
    void bodyValidation();
    void monthRollsOver();

private:
    QJsonObject
    fresh(const QString &site,
          const QJsonObject &settlement = settlementBody(QStringLiteral("billing_center")));
    QJsonObject current(const QString &id);
    QJsonObject aliyun(const QString &instance) const
    {
        return settlementBody(QStringLiteral("aliyun"), m_uid, instance);
    }

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    Session m_aliceSession;
    QString m_uid;
    QString m_otherUid;
    QString m_i1;
    QString m_i2;
    QString m_otherInstance;
    QString m_expired;
    QString m_released;
    QString m_changed; // changed by the user in the start month
};

void TestServerSettlement::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    VERIFY_STATUS(setClock(m_anon, kStart), 200);
    m_aliceSession = registerAccount(m_anon, uniqueName(QStringLiteral("settle")));
    VERIFY_NO_ERROR(m_aliceSession.error);
    m_alice.setBaseUrl(m_server.baseUrl());
    m_alice.setToken(m_aliceSession.token);

    QString error;
    m_uid = uniqueUid();
    m_otherUid = uniqueUid();
    const auto instance = [&](const QString &uid) {
        return createSandboxInstance(m_anon, uid, &error)[QLatin1String("instanceId")].toString();
    };
    m_i1 = instance(m_uid);
    m_i2 = instance(m_uid);
    m_expired = instance(m_uid);
    m_released = instance(m_uid);
    m_otherInstance = instance(m_otherUid);
    VERIFY_NO_ERROR(error);
    sandboxInstanceAction(m_anon, m_expired, QStringLiteral("expire"), &error);
    sandboxInstanceAction(m_anon, m_released, QStringLiteral("release"), &error);
    VERIFY_NO_ERROR(error);

    m_changed = fresh(QStringLiteral("cn1"))[QLatin1String("id")].toString();
    VERIFY_STATUS(m_alice.put(settlementPath(m_changed), aliyun(m_i1)), 200);
}

void TestServerSettlement::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerSettlement::fresh(const QString &site, const QJsonObject &settlement)
{
    QString error;
    const QJsonObject ws = createWorkspace(
        m_alice, workspaceBody(uniqueName(QStringLiteral("w")), site, settlement), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

QJsonObject TestServerSettlement::current(const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(m_alice, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

void TestServerSettlement::changeStartsTheMonthlyRule()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    const QString id = ws[QLatin1String("id")].toString();
    QVERIFY(ws[QLatin1String("nextChangeAllowedAt")].isNull());

    const HttpReply reply = m_alice.put(settlementPath(id), aliyun(m_i1));
    VERIFY_STATUS(reply, 200);
    const QJsonObject changed = reply.object();
    QCOMPARE(versionOf(changed), versionOf(ws) + 1);
    QCOMPARE(methodOf(changed), QStringLiteral("aliyun"));
    QCOMPARE(changed[QLatin1String("settlement")][QLatin1String("aliyunAccountId")].toString(),
             m_uid);
    QCOMPARE(changed[QLatin1String("settlement")][QLatin1String("instanceId")].toString(), m_i1);
    QCOMPARE(changed[QLatin1String("nextChangeAllowedAt")].toString(), kNextMonth);
    const QDateTime since = billing::rfc3339::parse(
        changed[QLatin1String("settlement")][QLatin1String("since")].toString());
    QVERIFY2(since >= kStart && since < kStart.addSecs(3600), reply.body.constData());
    QCOMPARE(changed[QLatin1String("updatedAt")],
             changed[QLatin1String("settlement")][QLatin1String("since")]);
    QCOMPARE(current(id), changed);

    const HttpReply again =
        m_alice.put(settlementPath(id), settlementBody(QStringLiteral("billing_center")));
    VERIFY_ERROR(again, 422, "change_too_soon");
    QCOMPARE(again.error()[QLatin1String("nextChangeAllowedAt")].toString(), kNextMonth);
    QCOMPARE(current(id), changed);
}

void TestServerSettlement::resubmittingIsANoOp()
{
    const QJsonObject ws = fresh(QStringLiteral("cn6"), aliyun(m_i1));
    const QString id = ws[QLatin1String("id")].toString();
    for (const QString &uid : QStringList{m_uid, QStringLiteral(" ops@") + m_uid, m_uid + u'\n'}) {
        const HttpReply same =
            m_alice.put(settlementPath(id), settlementBody(QStringLiteral("aliyun"), uid, m_i1));
        VERIFY_STATUS(same, 200);
        QCOMPARE(versionOf(same.object()), versionOf(ws));
        QVERIFY(same.object()[QLatin1String("nextChangeAllowedAt")].isNull());
    }
    // The no-ops did not use up the month's change.
    const HttpReply change =
        m_alice.put(settlementPath(id), settlementBody(QStringLiteral("billing_center")));
    VERIFY_STATUS(change, 200);
    QCOMPARE(versionOf(change.object()), versionOf(ws) + 1);
    // Re-submitting is a no-op even when a change would be too soon.
    const HttpReply noop =
        m_alice.put(settlementPath(id), settlementBody(QStringLiteral("billing_center")));
    VERIFY_STATUS(noop, 200);
    QCOMPARE(noop.object(), change.object());
}

void TestServerSettlement::siteRule_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("method");
    for (const auto &[site, method] : QList<QPair<const char *, const char *>>{{"cn1", "aws"},
                                                                               {"cn1", "huawei"},
                                                                               {"cn6", "azure"},
                                                                               {"cn2", "aliyun"},
                                                                               {"cn2", "huawei"},
                                                                               {"cn4", "aws"},
                                                                               {"id1", "aws"},
                                                                               {"id1", "aliyun"},
                                                                               {"za1", "azure"},
                                                                               {"us1", "huawei"}}) {
        QTest::addRow("%s to %s", site, method)
            << QString::fromLatin1(site) << QString::fromLatin1(method);
    }
}

void TestServerSettlement::siteRule()
{
    QFETCH(QString, site);
    QFETCH(QString, method);
    const QJsonObject ws = fresh(site);
    const QString id = ws[QLatin1String("id")].toString();
    const QJsonObject body =
        method == QLatin1String("aliyun") ? aliyun(m_i1) : wellFormedSettlementBody(method);
    VERIFY_ERROR(m_alice.put(settlementPath(id), body), 422, "method_not_allowed_for_site");
    QCOMPARE(current(id), ws);
}

void TestServerSettlement::anotherInstanceIsAChange()
{
    const QJsonObject ws = fresh(QStringLiteral("cn1"), aliyun(m_i1));
    const QString id = ws[QLatin1String("id")].toString();
    const HttpReply moved = m_alice.put(settlementPath(id), aliyun(m_i2));
    VERIFY_STATUS(moved, 200);
    QCOMPARE(moved.object()[QLatin1String("settlement")][QLatin1String("instanceId")].toString(),
             m_i2);
    QCOMPARE(moved.object()[QLatin1String("nextChangeAllowedAt")].toString(), kNextMonth);
    VERIFY_ERROR(m_alice.put(settlementPath(id), aliyun(m_i1)), 422, "change_too_soon");
}

void TestServerSettlement::instanceChecks_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *uid, const char *instance, const char *code) {
        QTest::newRow(name) << QString::fromLatin1(uid) << QString::fromLatin1(instance)
                            << QString::fromLatin1(code);
    };
    row("unknown", "UID", "7777777777777777777", "instance_not_found");
    row("expired", "UID", "EXPIRED", "instance_not_active");
    row("released", "UID", "RELEASED", "instance_not_active");
    row("instance of another uid", "UID", "OTHER", "instance_owner_mismatch");
    row("uid not the owner", "OTHERUID", "I1", "instance_owner_mismatch");
}

void TestServerSettlement::instanceChecks()
{
    QFETCH(QString, uid);
    QFETCH(QString, instance);
    QFETCH(QString, code);
    const QHash<QString, QString> names{{QStringLiteral("UID"), m_uid},
                                        {QStringLiteral("OTHERUID"), m_otherUid},
                                        {QStringLiteral("EXPIRED"), m_expired},
                                        {QStringLiteral("RELEASED"), m_released},
                                        {QStringLiteral("OTHER"), m_otherInstance},
                                        {QStringLiteral("I1"), m_i1}};
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    const QString id = ws[QLatin1String("id")].toString();
    const HttpReply reply = m_alice.put(
        settlementPath(id), settlementBody(QStringLiteral("aliyun"), names.value(uid, uid),
                                           names.value(instance, instance)));
    const QString why = errorMismatch(reply, 422, code);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(current(id), ws);
    // A refused change is no change: this month's change is still available.
    VERIFY_STATUS(m_alice.put(settlementPath(id), aliyun(m_i1)), 200);
}

void TestServerSettlement::bodyValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("method missing") << QStringLiteral("method") << removed;
    QTest::newRow("method unknown")
        << QStringLiteral("method") << QJsonValue(QStringLiteral("paypal"));
    QTest::newRow("method null") << QStringLiteral("method") << QJsonValue(QJsonValue::Null);
    QTest::newRow("account id missing") << QStringLiteral("aliyunAccountId") << removed;
    QTest::newRow("account id 15 digits")
        << QStringLiteral("aliyunAccountId") << QJsonValue(QStringLiteral("123456789012345"));
    QTest::newRow("instance id missing") << QStringLiteral("instanceId") << removed;
    QTest::newRow("instance id negative")
        << QStringLiteral("instanceId") << QJsonValue(QStringLiteral("-6227091"));
    QTest::newRow("version string")
        << QStringLiteral("expectedVersion") << QJsonValue(QStringLiteral("3"));
    QTest::newRow("version fraction") << QStringLiteral("expectedVersion") << QJsonValue(1.5);
    QTest::newRow("version bool") << QStringLiteral("expectedVersion") << QJsonValue(true);
    QTest::newRow("unknown field") << QStringLiteral("note") << QJsonValue(QStringLiteral("why"));
}

void TestServerSettlement::bodyValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QJsonObject ws = fresh(QStringLiteral("cn1"));
    QJsonObject body = aliyun(m_i1);
    setPath(body, path, value);
    const HttpReply reply = m_alice.put(settlementPath(ws[QLatin1String("id")].toString()), body);
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, path);
    QCOMPARE(current(ws[QLatin1String("id")].toString()), ws);
}

void TestServerSettlement::monthRollsOver()
{
    const auto relogin = [&] {
        const Session session = login(m_anon, m_aliceSession.username, m_aliceSession.password);
        m_alice.setToken(session.token);
        return session.error;
    };
    VERIFY_STATUS(setClock(m_anon, utc("2031-03-31T23:58:00Z")), 200);
    VERIFY_NO_ERROR(relogin());
    VERIFY_ERROR(
        m_alice.put(settlementPath(m_changed), settlementBody(QStringLiteral("billing_center"))),
        422, "change_too_soon");
    QCOMPARE(current(m_changed)[QLatin1String("nextChangeAllowedAt")].toString(), kNextMonth);

    VERIFY_STATUS(setClock(m_anon, utc("2031-04-01T00:00:00Z")), 200);
    QVERIFY(current(m_changed)[QLatin1String("nextChangeAllowedAt")].isNull());
    const HttpReply reply =
        m_alice.put(settlementPath(m_changed), settlementBody(QStringLiteral("billing_center")));
    VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object()[QLatin1String("nextChangeAllowedAt")].toString(),
             QStringLiteral("2031-05-01T00:00:00Z"));

    // Calendar months in UTC: 20:00 UTC on 30 April is already May in Beijing.
    VERIFY_STATUS(setClock(m_anon, utc("2031-04-30T20:00:00Z")), 200);
    VERIFY_NO_ERROR(relogin());
    const QString late = fresh(QStringLiteral("cn1"))[QLatin1String("id")].toString();
    const HttpReply april = m_alice.put(settlementPath(late), aliyun(m_i1));
    VERIFY_STATUS(april, 200);
    QCOMPARE(april.object()[QLatin1String("nextChangeAllowedAt")].toString(),
             QStringLiteral("2031-05-01T00:00:00Z"));

    // December's next month is January of the next year.
    VERIFY_STATUS(setClock(m_anon, utc("2031-12-15T12:00:00Z")), 200);
    VERIFY_NO_ERROR(relogin());
    const QString december = fresh(QStringLiteral("cn1"))[QLatin1String("id")].toString();
    const HttpReply changed = m_alice.put(settlementPath(december), aliyun(m_i1));
    VERIFY_STATUS(changed, 200);
    QCOMPARE(changed.object()[QLatin1String("nextChangeAllowedAt")].toString(),
             QStringLiteral("2032-01-01T00:00:00Z"));
    VERIFY_STATUS(setClock(m_anon, utc("2031-12-31T23:58:00Z")), 200);
    VERIFY_NO_ERROR(relogin());
    VERIFY_ERROR(
        m_alice.put(settlementPath(december), settlementBody(QStringLiteral("billing_center"))),
        422, "change_too_soon");
    VERIFY_STATUS(setClock(m_anon, utc("2032-01-01T00:00:00Z")), 200);
    VERIFY_STATUS(
        m_alice.put(settlementPath(december), settlementBody(QStringLiteral("billing_center"))),
        200);
}

QTEST_GUILESS_MAIN(TestServerSettlement)
#include "tst_server_settlement.moc"
