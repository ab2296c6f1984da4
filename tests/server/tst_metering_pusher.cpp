// The metering pusher and the sandbox market: limits, retries, deadline, de-duplication.
#include "MeteringFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace billing::server;
using namespace billing::test::metering;

class TestMeteringPusher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backoffDoublesUpToAnHour_data();
    void backoffDoublesUpToAnHour();
    void callsCarryAtMost100RecordsAndOneCallPerInstancePerMinute();
    void anInstanceCalledWithinTheMinuteWaits();
    void shortOutageIsRetriedThenPushed();
    void outagePastTheDeadlineEndsPushFailed();
    void withoutAMarketRecordsWaitThenFail();
    void pushingAgainIsHarmless();
    void pastDaysArePushedAsOfTheirDay();

private:
    void addLine(const Line &line);
    std::unique_ptr<Fixture> m_f;
};

void TestMeteringPusher::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->open());
}

void TestMeteringPusher::cleanup()
{
    m_f.reset();
}

void TestMeteringPusher::addLine(const Line &line)
{
    const QString error = insertLine(m_f->db.handle(), line);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMeteringPusher::backoffDoublesUpToAnHour_data()
{
    QTest::addColumn<int>("attemptsBefore");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("first failure") << 0 << qint64(60);
    QTest::newRow("second") << 1 << qint64(120);
    QTest::newRow("sixth") << 5 << qint64(1920);
    QTest::newRow("capped") << 6 << qint64(3600);
    QTest::newRow("long after") << 40 << qint64(3600);
}

void TestMeteringPusher::backoffDoublesUpToAnHour()
{
    QFETCH(int, attemptsBefore);
    QFETCH(qint64, seconds);
    QCOMPARE(MeteringPusher::backoffSeconds(attemptsBefore), seconds);
}

void TestMeteringPusher::callsCarryAtMost100RecordsAndOneCallPerInstancePerMinute()
{
    const QSqlDatabase db = m_f->db.handle();
    constexpr int kInstances = 250;
    for (int i = 0; i < kInstances; ++i) {
        const QString id = QString::number(7000000 + i);
        QVERIFY(insertInstance(db, id).isEmpty());
        addLine({kAccount, kDay, i + 1, u"logs"_qs, 10000, id});
    }
    m_f->builder->buildDay(kDay);
    m_f->clock.m_now = Fixture::afterDay(kDay);

    QCOMPARE(m_f->pusher->pushDue(), 3);
    QCOMPARE(m_f->gateway->m_calls.size(), 3);
    for (const MeteringCall &call : std::as_const(m_f->gateway->m_calls))
        QVERIFY(call.records.size() <= MeteringCall::kMaxRecords);
    QCOMPARE(m_f->market->acceptedCount({}), kInstances);
    for (const MeteringRecord &record : m_f->all()) {
        QCOMPARE(record.status, MeteringStatus::Pushed);
        QCOMPARE(record.attempts, 1);
    }
}

void TestMeteringPusher::anInstanceCalledWithinTheMinuteWaits()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    const QDate next = kDay.addDays(1);
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    addLine({kAccount, next, 1, u"logs"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay);
    const QDateTime nextDue = beijingMidnight(next.addDays(1));
    m_f->clock.m_now = nextDue.addSecs(-30); // the first day's record, sent late
    QCOMPARE(m_f->pusher->pushDue(), 1);

    m_f->builder->buildDay(next);
    m_f->clock.m_now = nextDue;
    QCOMPARE(m_f->pusher->pushDue(), 0);
    m_f->clock.m_now = nextDue.addSecs(29);
    QCOMPARE(m_f->pusher->pushDue(), 0);
    m_f->clock.m_now = nextDue.addSecs(30);
    QCOMPARE(m_f->pusher->pushDue(), 1);
    QCOMPARE(m_f->gateway->m_calls.size(), 2);
    QCOMPARE(m_f->market->acceptedCount(u"6227091"_qs), 2);
}

void TestMeteringPusher::shortOutageIsRetriedThenPushed()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay);
    const QDateTime start = Fixture::afterDay(kDay);
    m_f->market->setOutageUntil(start.addSecs(150));

    m_f->clock.m_now = start;
    QCOMPARE(m_f->pusher->pushDue(), 1);
    MeteringRecord record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::PendingPush);
    QCOMPARE(record.attempts, 1);
    QVERIFY2(record.lastError.startsWith(u"ServiceUnavailable"_qs), qPrintable(record.lastError));
    QCOMPARE(record.nextAttemptAt, start.addSecs(60));

    m_f->clock.m_now = start.addSecs(59);
    QCOMPARE(m_f->pusher->pushDue(), 0); // backing off
    m_f->clock.m_now = start.addSecs(60);
    QCOMPARE(m_f->pusher->pushDue(), 1);
    record = m_f->all().at(0);
    QCOMPARE(record.attempts, 2);
    QCOMPARE(record.nextAttemptAt, start.addSecs(180));

    m_f->clock.m_now = start.addSecs(180);
    QCOMPARE(m_f->pusher->pushDue(), 1);
    record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::Pushed);
    QCOMPARE(record.attempts, 3);
    QVERIFY(record.lastError.isEmpty());
    QCOMPARE(lineStatuses(db, u"6227091"_qs, kDay), u"pushed"_qs);
    QCOMPARE(m_f->market->acceptedCount({}), 1);
}

void TestMeteringPusher::outagePastTheDeadlineEndsPushFailed()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    addLine({kAccount, kDay, 2, u"rum_pv"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay);
    const QDateTime deadline = beijingMidnight(kDay.addDays(2));
    m_f->market->setOutageUntil(deadline.addDays(1));

    // A day of refusals: the backoff stops at an hour and never passes the deadline.
    int calls = 0;
    for (QDateTime now = Fixture::afterDay(kDay); now < deadline; now = now.addSecs(60)) {
        m_f->clock.m_now = now;
        calls += m_f->pusher->pushDue();
    }
    QVERIFY2(calls > 20 && calls < 40, qPrintable(QString::number(calls)));
    MeteringRecord record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::PendingPush);
    QCOMPARE(record.nextAttemptAt, deadline);

    m_f->clock.m_now = deadline;
    QCOMPARE(m_f->pusher->pushDue(), 0);
    record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::PushFailed);
    QCOMPARE(record.attempts, calls);
    QVERIFY2(record.lastError.contains(u"deadline 2026-11-26T16:00:00Z"_qs),
             qPrintable(record.lastError));
    QVERIFY2(record.lastError.contains(u"ServiceUnavailable"_qs), qPrintable(record.lastError));
    QCOMPARE(lineStatuses(db, u"6227091"_qs, kDay), u"push_failed,push_failed"_qs);

    m_f->market->setOutageUntil({});
    m_f->clock.m_now = deadline.addDays(1);
    QCOMPARE(m_f->pusher->pushDue(), 0); // failed stays failed, and visible
    QCOMPARE(m_f->all().size(), 1);
    QCOMPARE(m_f->market->acceptedCount({}), 0);
}

void TestMeteringPusher::withoutAMarketRecordsWaitThenFail()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->open(false));
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    addLine({kAccount, kDay, 1, u"logs"_qs, 10000, u"6227091"_qs});
    m_f->builder->buildDay(kDay);
    m_f->clock.m_now = Fixture::afterDay(kDay);
    QCOMPARE(m_f->pusher->pushDue(), 1);
    MeteringRecord record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::PendingPush);
    QVERIFY2(record.lastError.contains(u"No Alibaba Cloud Marketplace endpoint"_qs),
             qPrintable(record.lastError));

    m_f->clock.m_now = beijingMidnight(kDay.addDays(2));
    m_f->pusher->pushDue();
    record = m_f->all().at(0);
    QCOMPARE(record.status, MeteringStatus::PushFailed);
    QVERIFY2(record.lastError.contains(u"No Alibaba Cloud Marketplace endpoint"_qs),
             qPrintable(record.lastError));
}

void TestMeteringPusher::pushingAgainIsHarmless()
{
    MeteringRecord record;
    record.instanceId = u"6227091"_qs;
    record.startTime = beijingMidnight(kDay).toSecsSinceEpoch();
    record.endTime = record.startTime + 86400;
    record.entities = {{u"logs"_qs, u"6000"_qs}};
    QList<MeteringCallResult> results;
    const auto collect = [&results](const MeteringCallResult &result) {
        results.append(result);
    };
    const QDateTime first = Fixture::afterDay(kDay);
    m_f->market->push({{record}, first}, collect);
    m_f->market->push({{record}, first.addSecs(30)}, collect);  // within the minute: throttled
    m_f->market->push({{record}, first.addSecs(120)}, collect); // again: accepted, kept once
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).accepted);
    QVERIFY(!results.at(1).accepted);
    QVERIFY2(results.at(1).error.startsWith(u"Throttling"_qs), qPrintable(results.at(1).error));
    QVERIFY(results.at(2).accepted);
    QCOMPARE(m_f->market->acceptedCount({}), 1);
    const QJsonObject kept = m_f->market->accepted({}, 0, 10).at(0).toObject();
    QCOMPARE(kept.value(u"acceptedAt").toString(), u"2026-11-25T16:00:01Z"_qs);
    QCOMPARE(kept.value(u"StartTime").toInteger(), record.startTime);

    QList<MeteringRecord> tooMany(MeteringCall::kMaxRecords + 1, record);
    m_f->market->push({tooMany, first.addSecs(600)}, collect);
    QVERIFY(!results.last().accepted);
    QVERIFY2(results.last().error.startsWith(u"InvalidParameter"_qs),
             qPrintable(results.last().error));
}

void TestMeteringPusher::pastDaysArePushedAsOfTheirDay()
{
    // The demo's history: each seeded day built and pushed as of its end, long ago.
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    m_f->clock.m_now = Fixture::afterDay(kDay.addDays(30));
    for (int offset = 0; offset < 3; ++offset) {
        const QDate day = kDay.addDays(offset);
        addLine({kAccount, day, 1, u"logs"_qs, 10000, u"6227091"_qs});
        m_f->builder->buildDay(day);
        QCOMPARE(m_f->pusher->pushDue(Fixture::afterDay(day, 300)), 1);
    }
    const QList<MeteringRecord> records = m_f->all();
    QCOMPARE(records.size(), 3);
    for (const MeteringRecord &record : records) {
        QCOMPARE(record.status, MeteringStatus::Pushed);
        QCOMPARE(record.pushedAt, Fixture::afterDay(record.day, 300));
    }
    QCOMPARE(m_f->market->accepted({}, 2, 1).at(0).toObject().value(u"acceptedAt").toString(),
             u"2026-11-27T16:05:00Z"_qs);
}

QTEST_GUILESS_MAIN(TestMeteringPusher)
#include "tst_metering_pusher.moc"
