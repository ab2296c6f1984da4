// Replayed marketplace callbacks are safe by meaning, not only by signature: a renewal whose
// expiredOn does not extend the stored expiry changes nothing (it cannot reopen an expired or
// released instance), and expiring or releasing twice writes one event and one mail.
#include "SpiTest.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QString kNotifications = QStringLiteral("/api/v1/notifications");
const auto p = spiParam;

QueryItems renewal(const QString &instanceId, const QString &orderId, const QString &expiredOn)
{
    return {p("action", QStringLiteral("renewInstance")), p("instanceId", instanceId),
            p("orderId", orderId), p("expiredOn", expiredOn)};
}
} // namespace

class TestServerSpiReplay : public SpiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void replayedRenewalDoesNotReopen();
    void renewalReplayedAfterReleaseChangesNothing();
    void releaseTwiceMailsAndRecordsOnce();

private:
    QJsonObject workspace(HttpClient &client, const QString &id);
    qint64 mails(HttpClient &client);
};

void TestServerSpiReplay::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-10-05T04:00:00Z"), QStringLiteral("replay")));
}

void TestServerSpiReplay::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerSpiReplay::workspace(HttpClient &client, const QString &id)
{
    QString error;
    const QJsonObject ws = getWorkspace(client, id, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ws;
}

qint64 TestServerSpiReplay::mails(HttpClient &client)
{
    QString error;
    const qint64 total = listTotal(client, kNotifications, {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return total;
}

void TestServerSpiReplay::replayedRenewalDoesNotReopen()
{
    const QString id = signedInstance(QStringLiteral("2031-11-05 12:00:00"));
    QVERIFY(!id.isEmpty());
    QString error;
    const QString ws = idOf(createWorkspace(
        m_alice,
        workspaceBody(uniqueName(QStringLiteral("re-")), QStringLiteral("cn1"), aliyun(id)),
        &error));
    VERIFY_NO_ERROR(error);

    const QueryItems renewed = renewal(id, uniqueOrderId(), QStringLiteral("2031-12-05 12:00:00"));
    VERIFY_STATUS(spi(renewed), 200);
    QCOMPARE(instance(id).value(QLatin1String("expiredOn")).toString(),
             QStringLiteral("2031-12-05T04:00:00Z"));
    VERIFY_STATUS(spi({p("action", QStringLiteral("expiredInstance")), p("instanceId", id)}), 200);
    const QJsonObject pending = workspace(m_alice, ws);
    QCOMPARE(pending.value(QLatin1String("status")).toString(), QStringLiteral("lock_pending"));
    const qsizetype events = history(m_alice, ws).size();
    QCOMPARE(events, 2); // created, lock_pending

    // The same renewal again, and one with the older expiry: success, and nothing changes.
    for (const QueryItems &replay :
         {renewed, renewal(id, uniqueOrderId(), QStringLiteral("2031-11-05 12:00:00"))}) {
        const HttpReply reply = spi(replay);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.object().value(QLatin1String("success")),
                 QJsonValue(QStringLiteral("true")));
        const QJsonObject after = instance(id);
        QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(after.value(QLatin1String("expiredOn")).toString(),
                 QStringLiteral("2031-12-05T04:00:00Z"));
        QCOMPARE(workspace(m_alice, ws), pending);
        QCOMPARE(history(m_alice, ws).size(), events);
    }
    // Expired again: the countdown keeps its first end, no event.
    VERIFY_STATUS(spi({p("action", QStringLiteral("expiredInstance")), p("instanceId", id)}), 200);
    QCOMPARE(workspace(m_alice, ws), pending);
    QCOMPARE(history(m_alice, ws).size(), events);

    // A renewal that extends the expiry reopens, once.
    const QueryItems later = renewal(id, uniqueOrderId(), QStringLiteral("2032-01-05 12:00:00"));
    VERIFY_STATUS(spi(later), 200);
    VERIFY_STATUS(spi(later), 200);
    QCOMPARE(instance(id).value(QLatin1String("status")).toString(), QStringLiteral("opened"));
    QCOMPARE(workspace(m_alice, ws).value(QLatin1String("status")).toString(),
             QStringLiteral("active"));
    const QList<SettlementEvent> reopened = history(m_alice, ws);
    QCOMPARE(reopened.size(), events + 1);
    QCOMPARE(reopened.first().reason, EventReason::SubscriptionRenewed);
}

void TestServerSpiReplay::renewalReplayedAfterReleaseChangesNothing()
{
    const QString id = signedInstance(QStringLiteral("2031-11-05 12:00:00"));
    const QueryItems renewed = renewal(id, uniqueOrderId(), QStringLiteral("2031-12-05 12:00:00"));
    VERIFY_STATUS(spi(renewed), 200);
    VERIFY_STATUS(spi({p("action", QStringLiteral("releaseInstance")), p("instanceId", id)}), 200);
    const QJsonObject released = instance(id);
    QCOMPARE(released.value(QLatin1String("status")).toString(), QStringLiteral("released"));

    const HttpReply replay = spi(renewed);
    VERIFY_STATUS(replay, 200);
    QCOMPARE(replay.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(instance(id), released);
    // A renewal that would extend it is refused: a released instance stays released.
    VERIFY_SPI_ERROR(spi(renewal(id, uniqueOrderId(), QStringLiteral("2032-12-05 12:00:00"))), 409,
                     "instance_released");
    QCOMPARE(instance(id), released);
}

void TestServerSpiReplay::releaseTwiceMailsAndRecordsOnce()
{
    const QString id = signedInstance(QStringLiteral("2031-11-05 12:00:00"));
    QString error;
    QStringList alices;
    for (const char *site : {"cn1", "cn6"}) {
        alices << idOf(createWorkspace(m_alice,
                                       workspaceBody(uniqueName(QStringLiteral("rel-")),
                                                     QString::fromLatin1(site), aliyun(id)),
                                       &error));
        VERIFY_NO_ERROR(error);
    }
    const QString bobs = idOf(createWorkspace(
        m_bob, workspaceBody(uniqueName(QStringLiteral("rel-")), QStringLiteral("cn1"), aliyun(id)),
        &error));
    VERIFY_NO_ERROR(error);
    const qint64 aliceMails = mails(m_alice);
    const qint64 bobMails = mails(m_bob);
    const QStringList emlBefore = files(m_server.mailDir());

    // The public sample's release (no isRefund), then a retry that carries one.
    VERIFY_STATUS(spi({p("action", QStringLiteral("releaseInstance")), p("instanceId", id)}), 200);
    const HttpReply again = spi({p("action", QStringLiteral("releaseInstance")),
                                 p("instanceId", id), p("isRefund", QStringLiteral("true"))});
    VERIFY_STATUS(again, 200);
    QCOMPARE(again.object().value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    VERIFY_STATUS(spi({p("action", QStringLiteral("expiredInstance")), p("instanceId", id)}), 200);

    QCOMPARE(mails(m_alice), aliceMails + 1);
    QCOMPARE(mails(m_bob), bobMails + 1);
    QCOMPARE(files(m_server.mailDir()).size(), emlBefore.size() + 2);
    for (const auto &[client, ws] : {std::pair{&m_alice, alices.at(0)},
                                     std::pair{&m_alice, alices.at(1)}, std::pair{&m_bob, bobs}}) {
        const QList<SettlementEvent> events = history(*client, ws);
        QCOMPARE(events.size(), 2); // created, released
        QCOMPARE(events.first().reason, EventReason::SubscriptionReleased);
        QCOMPARE(workspace(*client, ws).value(QLatin1String("version")).toInteger(), 2);
    }
}

QTEST_GUILESS_MAIN(TestServerSpiReplay)
#include "tst_server_spi_replay.moc"
