// The metering builder: one record per instance per settled day, from its bill lines.
#include "MeteringFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace billing::server;
using namespace billing::test::metering;

class TestMeteringBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsOneRecordPerInstancePerDay();
    void buildingAgainChangesNothingPushed();
    void releasedInstances_data();
    void releasedInstances();
    void catchUpBuildsDaysSettledBeforeACrash();
    void accountsSeeOnlyTheirRecords();

private:
    void addLine(const Line &line);
    std::unique_ptr<Fixture> m_f;
};

void TestMeteringBuilder::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->open());
}

void TestMeteringBuilder::cleanup()
{
    m_f.reset();
}

void TestMeteringBuilder::addLine(const Line &line)
{
    const QString error = insertLine(m_f->db.handle(), line);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMeteringBuilder::buildsOneRecordPerInstancePerDay()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    QVERIFY(insertInstance(db, u"6227092"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 40000000, u"6227091"_qs});
    addLine({kAccount, kDay, 2, u"logs"_qs, 20000000, u"6227091"_qs});
    addLine({kAccount, kDay, 2, u"apm_traces"_qs, 5000, u"6227091"_qs});
    addLine({kAccount, kDay, 3, u"rum_pv"_qs, 10000, u"6227092"_qs});
    addLine({kAccount, kDay, 4, u"logs"_qs, 99990000, {}}); // the wallet's: never metered
    addLine({kAccount, kDay.addDays(1), 1, u"logs"_qs, 10000, u"6227091"_qs}); // not settled

    QCOMPARE(m_f->builder->buildDay(kDay), 2);

    const QList<MeteringRecord> records = m_f->all();
    QCOMPARE(records.size(), 2);
    const MeteringRecord &first = records.at(0);
    QCOMPARE(first.instanceId, u"6227091"_qs);
    QCOMPARE(first.day, kDay);
    QCOMPARE(
        first.startTime,
        QDateTime::fromString(u"2026-11-25T00:00:00+08:00"_qs, Qt::ISODate).toSecsSinceEpoch());
    QCOMPARE(first.endTime - first.startTime, qint64(86400));
    QCOMPARE(first.deadline, QDateTime::fromString(u"2026-11-27T00:00:00+08:00"_qs, Qt::ISODate));
    QCOMPARE(first.status, MeteringStatus::PendingPush);
    QCOMPARE(first.attempts, 0);
    QCOMPARE(first.nextAttemptAt.toSecsSinceEpoch(), first.endTime);
    QCOMPARE(QJsonDocument(entitiesJson(first.entities)).toJson(QJsonDocument::Compact),
             QByteArray(R"([{"Key":"apm_traces","Value":"0.5"},{"Key":"logs","Value":"6000"}])"));
    QCOMPARE(records.at(1).instanceId, u"6227092"_qs);
    QCOMPARE(records.at(1).entities.size(), 1);
    QCOMPARE(records.at(1).entities.at(0).value, u"1"_qs);
    QCOMPARE(lineStatuses(db, u"6227091"_qs, kDay), u"pending_push,pending_push,pending_push"_qs);
}

void TestMeteringBuilder::buildingAgainChangesNothingPushed()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay);
    m_f->builder->buildDay(kDay);
    QCOMPARE(m_f->all().size(), 1);

    m_f->clock.m_now = Fixture::afterDay(kDay);
    QCOMPARE(m_f->pusher->pushDue(), 1);
    m_f->builder->buildDay(kDay);
    const QList<MeteringRecord> records = m_f->all();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).status, MeteringStatus::Pushed);
    QCOMPARE(records.at(0).attempts, 1);
    QCOMPARE(records.at(0).pushedAt, m_f->clock.m_now);
    QCOMPARE(lineStatuses(db, u"6227091"_qs, kDay), u"pushed"_qs);
}

void TestMeteringBuilder::releasedInstances_data()
{
    QTest::addColumn<qint64>("releasedAfterDayStart"); // seconds; 0: not released
    QTest::addColumn<bool>("metered");
    QTest::addColumn<QString>("lineStatus");
    QTest::newRow("live") << qint64(0) << true << u"pending_push"_qs;
    QTest::newRow("released the day before") << qint64(-3600) << false << u"push_failed"_qs;
    QTest::newRow("released a second before") << qint64(-1) << false << u"push_failed"_qs;
    QTest::newRow("released at the day's start") << qint64(1) << true << u"pending_push"_qs;
    QTest::newRow("released during the day") << qint64(43200) << true << u"pending_push"_qs;
}

void TestMeteringBuilder::releasedInstances()
{
    QFETCH(qint64, releasedAfterDayStart);
    QFETCH(bool, metered);
    QFETCH(QString, lineStatus);
    const QSqlDatabase db = m_f->db.handle();
    const QDateTime releasedAt = releasedAfterDayStart == 0
                                     ? QDateTime()
                                     : beijingMidnight(kDay).addSecs(releasedAfterDayStart);
    QVERIFY(insertInstance(db, u"6227093"_qs, releasedAt).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227093"_qs});

    m_f->builder->buildDay(kDay);
    QCOMPARE(m_f->all().size(), metered ? 1 : 0);
    QCOMPARE(lineStatuses(db, u"6227093"_qs, kDay), lineStatus);
    m_f->clock.m_now = Fixture::afterDay(kDay);
    m_f->pusher->pushDue();
    QCOMPARE(m_f->market->acceptedCount(u"6227093"_qs), metered ? 1 : 0);
}

void TestMeteringBuilder::catchUpBuildsDaysSettledBeforeACrash()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    for (int offset = 0; offset < 3; ++offset) {
        const QDate day = kDay.addDays(offset);
        QVERIFY(insertSettledDay(db, kAccount, day).isEmpty());
        addLine({kAccount, day, 1, u"logs"_qs, 10000 * (offset + 1), u"6227091"_qs});
    }
    // The fourth day: one account's part settled, the other's not yet (a crash mid-day).
    const QDate halfSettled = kDay.addDays(3);
    QVERIFY(insertSettledDay(db, kAccount, halfSettled, false).isEmpty());
    addLine({kAccount, halfSettled, 1, u"logs"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay); // built before the crash; the next two were not

    m_f->builder->catchUp();
    QList<MeteringRecord> records = m_f->all();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2).day, kDay.addDays(2));
    QCOMPARE(records.at(2).entities.at(0).value, u"3"_qs);

    m_f->builder->catchUp(); // a second start-up: nothing more
    QCOMPARE(m_f->all().size(), 3);
    // The restart settles the rest of the day and signals it.
    addLine({kOther, halfSettled, 2, u"logs"_qs, 20000, u"6227091"_qs});
    QVERIFY(insertSettledDay(db, kOther, halfSettled).isEmpty());
    m_f->builder->onDaySettled(halfSettled, {kOther});
    records = m_f->all();
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(3).entities.at(0).value, u"3"_qs);
}

void TestMeteringBuilder::accountsSeeOnlyTheirRecords()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    QVERIFY(insertInstance(db, u"6227092"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    addLine({kOther, kDay, 2, u"logs"_qs, 10000, u"6227091"_qs}); // one instance, two accounts
    addLine({kOther, kDay, 3, u"logs"_qs, 10000, u"6227092"_qs});
    addLine({kOther, kDay.addDays(10), 3, u"logs"_qs, 10000, u"6227092"_qs});
    m_f->builder->buildDay(kDay);
    m_f->builder->buildDay(kDay.addDays(10));

    QCOMPARE(m_f->all(kAccount).size(), 1);
    QCOMPARE(m_f->all(kAccount).at(0).entities.at(0).value, u"2"_qs); // one record per instance
    QCOMPARE(m_f->all(kOther).size(), 3);
    QCOMPARE(m_f->records->count({kOther, u"6227092"_qs, {}}), 2);
    QCOMPARE(m_f->records->count({kOther, {}, u"2026-12"_qs}), 1);
    QCOMPARE(m_f->records->count({kOther, u"6227092"_qs, u"2026-11"_qs}), 1);
    QCOMPARE(m_f->records->count({u"acc_nobody"_qs, {}, {}}), 0);
}

QTEST_GUILESS_MAIN(TestMeteringBuilder)
#include "tst_metering_builder.moc"
