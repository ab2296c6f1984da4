// KooGallery usage records at library level: metering records become one usage record per
// entity with a deterministic metering_sn, calls stay within 1 000 usage records, and the
// sandbox usage-data API keeps a re-pushed record once (a duplicate, not a second charge) and
// refuses what KooGallery's validation refuses, record by record.
#include <MeteringGateway.h>
#include <SqliteDatabase.h>
#include <marketplaces/huawei/HuaweiMeteringGateway.h>
#include <marketplaces/huawei/HuaweiSandboxMarket.h>
#include <marketplaces/huawei/HuaweiUsageRecords.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace billing::server;

namespace {
const QDate kDay(2026, 11, 25);
const QDateTime kDayStart(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC); // 00:00 Beijing

MeteringRecord record(qint64 seq, const QString &instanceId, QList<MeteringEntity> entities)
{
    MeteringRecord metering;
    metering.seq = seq;
    metering.instanceId = instanceId;
    metering.day = kDay;
    metering.startTime = kDayStart.toSecsSinceEpoch();
    metering.endTime = kDayStart.addDays(1).toSecsSinceEpoch();
    metering.entities = std::move(entities);
    return metering;
}
} // namespace

class TestHuaweiMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneUsageRecordPerEntity();
    void repushIsADuplicateNotASecondCharge();
    void refusalsAreRecordByRecord();
    void callsStayWithinAThousandRecords();

private:
    MeteringCallResult push(const QList<MeteringRecord> &records, const QDateTime &sentAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<HuaweiSandboxMarket> m_market;
    std::unique_ptr<HuaweiMeteringGateway> m_gateway;
};

void TestHuaweiMetering::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("market.sqlite")), &error),
             qPrintable(error));
    m_market = std::make_unique<HuaweiSandboxMarket>(
        m_db->handle(), *m_db, [](const QString &id) { return id.startsWith(u"hw"); });
    m_gateway = std::make_unique<HuaweiMeteringGateway>(*m_market);
}

void TestHuaweiMetering::cleanup()
{
    m_gateway.reset();
    m_market.reset();
    m_db.reset();
}

MeteringCallResult TestHuaweiMetering::push(const QList<MeteringRecord> &records,
                                            const QDateTime &sentAt)
{
    MeteringCallResult result;
    bool answered = false;
    m_gateway->push({records, sentAt}, [&](const MeteringCallResult &answer) {
        result = answer;
        answered = true;
    });
    if (!answered)
        qWarning("push: no answer");
    return result;
}

void TestHuaweiMetering::oneUsageRecordPerEntity()
{
    QCOMPARE(m_gateway->maxRecordsPerCall(), 1000);
    const auto wire = HuaweiUsageRecords::fromMetering(
        {record(7, QStringLiteral("hwa1"),
                {{QStringLiteral("logs"), QStringLiteral("6000")},
                 {QStringLiteral("rum_pv"), QStringLiteral("0.5")},
                 {QStringLiteral("apm_traces"), QStringLiteral("0")}})});
    QCOMPARE(wire.size(), 2); // KooGallery refuses a zero usage: nothing to charge is not sent
    const QJsonObject logs = wire.at(0).record;
    QCOMPARE(wire.at(0).seq, 7);
    QCOMPARE(logs.value(u"instance_id").toString(), QStringLiteral("hwa1"));
    QCOMPARE(logs.value(u"begin_time").toString(), QStringLiteral("20261124T160000Z"));
    QCOMPARE(logs.value(u"end_time").toString(), QStringLiteral("20261125T160000Z"));
    QCOMPARE(logs.value(u"record_time").toString(), QStringLiteral("20261125T160000Z"));
    QCOMPARE(logs.value(u"usage_value").toString(), QStringLiteral("6000"));
    QCOMPARE(logs.value(u"item").toString(), QStringLiteral("logs"));
    const QString sn = logs.value(u"metering_sn").toString();
    QCOMPARE(sn,
             HuaweiUsageRecords::meteringSn(QStringLiteral("hwa1"), kDay, QStringLiteral("logs")));
    QCOMPARE(sn.size(), 32);
    QVERIFY(sn != wire.at(1).record.value(u"metering_sn").toString());
    QVERIFY(sn
            != HuaweiUsageRecords::meteringSn(QStringLiteral("hwa1"), kDay.addDays(1),
                                              QStringLiteral("logs")));
    QVERIFY(
        sn != HuaweiUsageRecords::meteringSn(QStringLiteral("hwa2"), kDay, QStringLiteral("logs")));
    QCOMPARE(HuaweiUsageRecords::parseTime(QStringLiteral("20261125T160000Z")),
             kDayStart.addDays(1));
    QVERIFY(!HuaweiUsageRecords::parseTime(QStringLiteral("20261125160000")).isValid());
}

void TestHuaweiMetering::repushIsADuplicateNotASecondCharge()
{
    const QList<MeteringRecord> records{
        record(1, QStringLiteral("hwa1"),
               {{QStringLiteral("logs"), QStringLiteral("6000")},
                {QStringLiteral("rum_pv"), QStringLiteral("0.5")}})};
    const QDateTime sentAt = kDayStart.addDays(1).addSecs(300);
    MeteringCallResult first = push(records, sentAt);
    QVERIFY(first.accepted);
    QVERIFY(first.refused.isEmpty());
    QCOMPARE(m_market->accepted(QStringLiteral("hwa1")).size(), 2);
    // A crash before the records were marked: the same records again, later.
    const MeteringCallResult again = push(records, sentAt.addSecs(3600));
    QVERIFY(again.accepted);
    QVERIFY2(again.refused.isEmpty(), qPrintable(again.refused.value(1)));
    const QJsonArray held = m_market->accepted(QStringLiteral("hwa1"));
    QCOMPARE(held.size(), 2);
    for (const QJsonValue &kept : held)
        QCOMPARE(kept[u"acceptedAt"].toString(), QStringLiteral("2026-11-25T16:05:00Z"));
    QCOMPARE(m_market->accepted(QString()).size(), 2);
}

void TestHuaweiMetering::refusalsAreRecordByRecord()
{
    const QList<MeteringEntity> one{{QStringLiteral("logs"), QStringLiteral("10")}};
    const QDateTime end = kDayStart.addDays(1);
    MeteringCallResult result =
        push({record(1, QStringLiteral("hwa1"), one), record(2, QStringLiteral("unknown"), one)},
             end.addSecs(60));
    QVERIFY(result.accepted);
    QCOMPARE(result.refused.size(), 1);
    QVERIFY2(result.refused.value(2).startsWith(u"001"), qPrintable(result.refused.value(2)));
    // Reported before the period ended, and three days after it.
    result = push({record(3, QStringLiteral("hwa3"), one)}, end.addSecs(-60));
    QVERIFY2(result.refused.value(3).startsWith(u"011"), qPrintable(result.refused.value(3)));
    result = push({record(4, QStringLiteral("hwa4"), one)}, end.addDays(3).addSecs(1));
    QVERIFY2(result.refused.value(4).startsWith(u"007"), qPrintable(result.refused.value(4)));
    // More than 4 decimals.
    result = push(
        {record(5, QStringLiteral("hwa5"), {{QStringLiteral("logs"), QStringLiteral("0.00001")}})},
        end.addSecs(60));
    QVERIFY2(result.refused.value(5).startsWith(u"003"), qPrintable(result.refused.value(5)));
    QCOMPARE(m_market->accepted(QString()).size(), 1);
}

void TestHuaweiMetering::callsStayWithinAThousandRecords()
{
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(QJsonObject{});
    QVERIFY(!m_market->accept(tooMany, kDayStart.addDays(2)).accepted);

    QList<MeteringRecord> records;
    for (int i = 0; i < 600; ++i) {
        records.append(record(i + 1, QStringLiteral("hw%1").arg(i),
                              {{QStringLiteral("logs"), QString::number(i + 1)},
                               {QStringLiteral("rum_pv"), QStringLiteral("1.25")}}));
    }
    const MeteringCallResult result = push(records, kDayStart.addDays(1).addSecs(60));
    QVERIFY(result.accepted);
    QVERIFY2(result.refused.isEmpty(), qPrintable(result.refused.values().value(0)));
    QCOMPARE(m_market->accepted(QString()).size(), 1200);
}

QTEST_GUILESS_MAIN(TestHuaweiMetering)
#include "tst_huawei_metering.moc"
