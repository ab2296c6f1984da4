// GET /spi/aliyun beyond the lifecycle: releaseInstance without isRefund, upgradeInstance (a
// new SKU, the expiry kept, once per orderId, the billable keys kept for audit), the sandbox's
// upgrade, and verify, the single-sign-on check (token, fresh timeStamp, live instance).
#include "SpiTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace billing::test;

namespace {
const QString kSandboxInstances = QStringLiteral("/api/v1/sandbox/aliyun/instances/");
const auto p = spiParam;

QueryItems upgradeParams(const QString &instanceId, const QString &orderId, const QString &skuId)
{
    return {p("action", QStringLiteral("upgradeInstance")), p("instanceId", instanceId),
            p("orderId", orderId), p("skuId", skuId)};
}

QueryItems verifyParams(const QString &instanceId, const QDateTime &stamp)
{
    return {p("action", QStringLiteral("verify")), p("instanceId", instanceId),
            p("timeStamp", beijingTime(stamp))};
}
} // namespace

class TestServerSpiActions : public SpiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void releaseWithoutIsRefund();
    void upgradeChangesTheSkuOnly();
    void upgradeIsOncePerOrder();
    void upgradeOfAReleasedInstanceIsRefused();
    void sandboxUpgrade();
    void verifyAnswersTheSignOnCheck();
    void verifyRefusesBadTokensAndStaleTimes();

private:
    QJsonArray upgradesOf(const QString &id);
};

void TestServerSpiActions::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-10-05T04:00:00Z"), QStringLiteral("spia")));
}

void TestServerSpiActions::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

// What the server keeps for audit (not on the wire): the instance's extra.upgrades.
QJsonArray TestServerSpiActions::upgradesOf(const QString &id)
{
    QJsonArray upgrades;
    {
        QSqlDatabase db = m_server.openDatabaseConnection(QStringLiteral("audit"));
        QSqlQuery query(db);
        if (db.isOpen()
            && query.exec(
                QStringLiteral("SELECT extra FROM instances WHERE instance_id = '%1'").arg(id))
            && query.next()) {
            upgrades = QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                           .object()
                           .value(QLatin1String("upgrades"))
                           .toArray();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return upgrades;
}

void TestServerSpiActions::releaseWithoutIsRefund()
{
    const QString id = signedInstance();
    QVERIFY(!id.isEmpty());
    const HttpReply released =
        spi({p("action", QStringLiteral("releaseInstance")), p("instanceId", id)});
    VERIFY_STATUS(released, 200);
    QCOMPARE(released.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(id).value(QLatin1String("status")).toString(), QStringLiteral("released"));
}

void TestServerSpiActions::upgradeChangesTheSkuOnly()
{
    const QString id = signedInstance(QStringLiteral("2032-01-05 12:00:00"));
    QVERIFY(!id.isEmpty());
    QString error;
    const QJsonObject ws =
        createWorkspace(m_alice,
                        workspaceBody(uniqueName(QStringLiteral("up-")), QStringLiteral("cn1"),
                                      settlementBody(QStringLiteral("aliyun"), m_uid, id)),
                        &error);
    VERIFY_NO_ERROR(error);

    const QString order = uniqueOrderId();
    const HttpReply upgraded = spi(upgradeParams(id, order, QStringLiteral("yuncode5336200002"))
                                   << p("Users", QStringLiteral("50")));
    VERIFY_STATUS(upgraded, 200);
    QCOMPARE(upgraded.object(), QJsonObject({{QStringLiteral("success"), QStringLiteral("true")}}));
    const QJsonObject after = instance(id);
    QCOMPARE(after.value(QLatin1String("skuId")).toString(), QStringLiteral("yuncode5336200002"));
    QCOMPARE(after.value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2032-01-05T04:00:00Z"));
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(after.value(QLatin1String("boundWorkspaces")).toInt(-1), 1);

    const QJsonArray upgrades = upgradesOf(id);
    QCOMPARE(upgrades.size(), 1);
    const QJsonObject audit = upgrades.at(0).toObject();
    QCOMPARE(audit.value(QLatin1String("orderId")).toString(), order);
    QCOMPARE(audit.value(QLatin1String("fromSkuId")).toString(),
             QStringLiteral("yuncode5336200001"));
    QCOMPARE(audit.value(QLatin1String("billable")).toObject(),
             QJsonObject({{QStringLiteral("Users"), QStringLiteral("50")}}));

    // The bound workspace does not change: no new version, no history event.
    const QJsonObject wsAfter =
        getWorkspace(m_alice, ws.value(QLatin1String("id")).toString(), &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(wsAfter, ws);
    const qint64 events = listTotal(m_alice,
                                    QStringLiteral("/api/v1/workspaces/%1/history")
                                        .arg(ws.value(QLatin1String("id")).toString()),
                                    {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(events, 1); // created
}

void TestServerSpiActions::upgradeIsOncePerOrder()
{
    const QString id = signedInstance();
    const QString first = uniqueOrderId();
    const QueryItems upgrade = upgradeParams(id, first, QStringLiteral("sku-two"));
    VERIFY_STATUS(spi(upgrade), 200);
    VERIFY_STATUS(spi(upgrade), 200);
    QCOMPARE(upgradesOf(id).size(), 1);

    VERIFY_STATUS(spi(upgradeParams(id, uniqueOrderId(), QStringLiteral("sku-three"))), 200);
    QCOMPARE(instance(id).value(QLatin1String("skuId")).toString(), QStringLiteral("sku-three"));
    // A late retry of the first upgrade does not take the SKU back.
    const HttpReply late = spi(upgrade);
    VERIFY_STATUS(late, 200);
    QCOMPARE(late.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(id).value(QLatin1String("skuId")).toString(), QStringLiteral("sku-three"));
    QCOMPARE(upgradesOf(id).size(), 2);

    // An expired instance may change its SKU; it stays expired.
    VERIFY_STATUS(spi({p("action", QStringLiteral("expiredInstance")), p("instanceId", id)}), 200);
    VERIFY_STATUS(spi(upgradeParams(id, uniqueOrderId(), QStringLiteral("sku-four"))), 200);
    QCOMPARE(instance(id).value(QLatin1String("skuId")).toString(), QStringLiteral("sku-four"));
    QCOMPARE(instance(id).value(QLatin1String("status")).toString(), QStringLiteral("expired"));
}

void TestServerSpiActions::upgradeOfAReleasedInstanceIsRefused()
{
    const QString id = signedInstance();
    VERIFY_STATUS(spi({p("action", QStringLiteral("releaseInstance")), p("instanceId", id),
                       p("isRefund", QStringLiteral("true"))}),
                  200);
    VERIFY_SPI_ERROR(spi(upgradeParams(id, uniqueOrderId(), QStringLiteral("sku-two"))), 409,
                     "instance_released");
    QCOMPARE(instance(id).value(QLatin1String("skuId")).toString(),
             QStringLiteral("yuncode5336200001"));
    QCOMPARE(upgradesOf(id).size(), 0);
}

void TestServerSpiActions::sandboxUpgrade()
{
    QString error;
    const QJsonObject created = createSandboxInstance(m_anon, m_uid, &error);
    VERIFY_NO_ERROR(error);
    const QString id = created.value(QLatin1String("instanceId")).toString();
    const QString path = kSandboxInstances + id + QStringLiteral("/upgrade");

    const HttpReply upgraded = m_anon.post(path, QJsonObject{{"skuId", "sandbox-plus"}});
    VERIFY_STATUS(upgraded, 200);
    QJsonObject expected = created;
    expected.insert(QStringLiteral("skuId"), QStringLiteral("sandbox-plus"));
    QCOMPARE(upgraded.object(), expected);
    QCOMPARE(upgradesOf(id).size(), 1);

    VERIFY_ERROR(m_anon.post(path, QJsonObject{}), 422, "validation_failed");
    VERIFY_ERROR(m_anon.post(path, QJsonObject{{"skuId", " "}}), 422, "validation_failed");
    VERIFY_ERROR(m_anon.post(path, QJsonObject{{"skuId", 7}}), 422, "validation_failed");
    VERIFY_ERROR(m_anon.post(kSandboxInstances + QStringLiteral("8999999999999999999/upgrade"),
                             QJsonObject{{"skuId", "x"}}),
                 404, "not_found");
    sandboxInstanceAction(m_anon, id, QStringLiteral("release"), &error);
    VERIFY_NO_ERROR(error);
    VERIFY_ERROR(m_anon.post(path, QJsonObject{{"skuId", "sandbox-max"}}), 409,
                 "instance_released");
}

void TestServerSpiActions::verifyAnswersTheSignOnCheck()
{
    const QString id = signedInstance();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HttpReply opened = spi(verifyParams(id, now));
    VERIFY_STATUS(opened, 200);
    QCOMPARE(opened.object(), QJsonObject({{QStringLiteral("success"), QStringLiteral("true")},
                                           {QStringLiteral("instanceId"), id},
                                           {QStringLiteral("status"), QStringLiteral("opened")}}));
    // Repeating the check changes nothing.
    VERIFY_STATUS(spi(verifyParams(id, now)), 200);
    QCOMPARE(instance(id).value(QLatin1String("status")).toString(), QStringLiteral("opened"));

    // An expired subscription still signs on (to renew it); a released one does not.
    VERIFY_STATUS(spi({p("action", QStringLiteral("expiredInstance")), p("instanceId", id)}), 200);
    const HttpReply expired = spi(verifyParams(id, now));
    VERIFY_STATUS(expired, 200);
    QCOMPARE(expired.object().value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    VERIFY_STATUS(spi({p("action", QStringLiteral("releaseInstance")), p("instanceId", id)}), 200);
    VERIFY_SPI_ERROR(spi(verifyParams(id, now)), 409, "instance_released");

    VERIFY_SPI_ERROR(spi(verifyParams(QStringLiteral("8999999999999999999"), now)), 404,
                     "not_found");
    VERIFY_SPI_ERROR(spi({p("action", QStringLiteral("verify")), p("instanceId", id)}), 400,
                     "bad_request");
}

void TestServerSpiActions::verifyRefusesBadTokensAndStaleTimes()
{
    const QString id = signedInstance();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    VERIFY_SPI_ERROR(callSpi(m_anon, verifyParams(id, now), "not-the-key"), 403, "forbidden");
    QueryItems tampered = signedSpi(verifyParams(id, now), m_server.spiKey());
    tampered[1].second = signedInstance();
    VERIFY_SPI_ERROR(m_anon.send({"GET", QStringLiteral("/spi/aliyun"), tampered, {}, {}, {}}), 403,
                     "forbidden");
    // Older or newer than 15 minutes from both the system and the server clock.
    VERIFY_SPI_ERROR(spi(verifyParams(id, now.addSecs(-16 * 60))), 403, "forbidden");
    VERIFY_SPI_ERROR(spi(verifyParams(id, now.addSecs(16 * 60))), 403, "forbidden");
    VERIFY_SPI_ERROR(spi({p("action", QStringLiteral("verify")), p("instanceId", id),
                          p("timeStamp", QStringLiteral("yesterday"))}),
                     400, "bad_request");
    // Within the skew of the server clock (here years after the system clock) is fresh.
    QString error;
    const QDateTime serverTime = serverNow(m_anon, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_STATUS(spi(verifyParams(id, serverTime.addSecs(-10 * 60))), 200);
    VERIFY_STATUS(spi(verifyParams(id, now.addSecs(10 * 60))), 200);
}

QTEST_GUILESS_MAIN(TestServerSpiActions)
#include "tst_server_spi_actions.moc"
