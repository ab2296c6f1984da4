// The metering builder and pusher at library level: bill lines written straight into a real
// SQLite database (as the settlement engine writes them), the real sandbox market behind a
// gateway that records each call, and a clock the test moves.
#include "MeteringRows.h"

#include <Clock.h>
#include <MeteringBuilder.h>
#include <MeteringGateway.h>
#include <MeteringPusher.h>
#include <MeteringSources.h>
#include <SandboxMarket.h>
#include <SqliteDatabase.h>
#include <SqliteMeteringRecords.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace billing::server;
using namespace billing::test::metering;

namespace {
const QString kAccount = u"acc_metering"_qs;
const QString kOther = u"acc_other"_qs;
const QDate kDay(2026, 11, 25);

class ManualClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

// The sandbox market, counting what each call carried.
class RecordingGateway : public MeteringGateway
{
public:
    explicit RecordingGateway(MeteringGateway &inner)
        : m_inner(inner)
    {}
    void push(const MeteringCall &call, Done done) override
    {
        m_calls.append(call);
        m_inner.push(call, std::move(done));
    }
    MeteringGateway &m_inner;
    QList<MeteringCall> m_calls;
};

struct Fixture {
    QTemporaryDir dir;
    SqliteDatabase db;
    std::unique_ptr<SqliteMeteringRecords> records;
    std::unique_ptr<MeteringSources> sources;
    std::unique_ptr<SandboxMarket> market;
    std::unique_ptr<UnreachableMarket> unreachable;
    std::unique_ptr<RecordingGateway> gateway;
    ManualClock clock;
    std::unique_ptr<MeteringBuilder> builder;
    std::unique_ptr<MeteringPusher> pusher;

    bool open(bool sandbox = true)
    {
        QString error;
        if (!dir.isValid() || !db.open(dir.filePath(u"metering.sqlite"_qs), &error))
            return false;
        records = std::make_unique<SqliteMeteringRecords>(db.handle());
        sources = std::make_unique<MeteringSources>(db.handle());
        market = std::make_unique<SandboxMarket>(db.handle(), db);
        unreachable = std::make_unique<UnreachableMarket>();
        gateway = std::make_unique<RecordingGateway>(
            sandbox ? static_cast<MeteringGateway &>(*market) : *unreachable);
        builder = std::make_unique<MeteringBuilder>(*sources, *records, db);
        pusher = std::make_unique<MeteringPusher>(*records, *gateway, db, clock);
        return true;
    }
    QList<MeteringRecord> all(const QString &account = kAccount)
    {
        return records->list({account, {}, {}}, 0, 5000);
    }
    // The moment a day's record first becomes due (its day has ended).
    static QDateTime afterDay(const QDate &day, qint64 seconds = 1)
    {
        return beijingMidnight(day.addDays(1)).addSecs(seconds);
    }
};
} // namespace

class TestMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quantityTextTrimsLikeBillLines_data();
    void quantityTextTrimsLikeBillLines();
    void backoffDoublesUpToAnHour_data();
    void backoffDoublesUpToAnHour();
    void buildsOneRecordPerInstancePerDay();
    void buildingAgainChangesNothingPushed();
    void releasedInstances_data();
    void releasedInstances();
    void catchUpBuildsDaysSettledBeforeACrash();
    void callsCarryAtMost100RecordsAndOneCallPerInstancePerMinute();
    void anInstanceCalledWithinTheMinuteWaits();
    void shortOutageIsRetriedThenPushed();
    void outagePastTheDeadlineEndsPushFailed();
    void withoutAMarketRecordsWaitThenFail();
    void pushingAgainIsHarmless();
    void accountsSeeOnlyTheirRecords();

private:
    void addLine(const Line &line);
    std::unique_ptr<Fixture> m_f;
};

void TestMetering::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->open());
}

void TestMetering::cleanup()
{
    m_f.reset();
}

void TestMetering::addLine(const Line &line)
{
    const QString error = insertLine(m_f->db.handle(), line);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMetering::quantityTextTrimsLikeBillLines_data()
{
    QTest::addColumn<qint64>("quantityE4");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(60000000) << u"6000"_qs;
    QTest::newRow("half") << qint64(5000) << u"0.5"_qs;
    QTest::newRow("four places") << qint64(12345) << u"1.2345"_qs;
    QTest::newRow("ten") << qint64(100000) << u"10"_qs;
    QTest::newRow("zero") << qint64(0) << u"0"_qs;
}

void TestMetering::quantityTextTrimsLikeBillLines()
{
    QFETCH(qint64, quantityE4);
    QFETCH(QString, text);
    QCOMPARE(quantityText(quantityE4), text);
}

void TestMetering::backoffDoublesUpToAnHour_data()
{
    QTest::addColumn<int>("attemptsBefore");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("first failure") << 0 << qint64(60);
    QTest::newRow("second") << 1 << qint64(120);
    QTest::newRow("sixth") << 5 << qint64(1920);
    QTest::newRow("capped") << 6 << qint64(3600);
    QTest::newRow("long after") << 40 << qint64(3600);
}

void TestMetering::backoffDoublesUpToAnHour()
{
    QFETCH(int, attemptsBefore);
    QFETCH(qint64, seconds);
    QCOMPARE(MeteringPusher::backoffSeconds(attemptsBefore), seconds);
}

void TestMetering::buildsOneRecordPerInstancePerDay()
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

void TestMetering::buildingAgainChangesNothingPushed()
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

void TestMetering::releasedInstances_data()
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

void TestMetering::releasedInstances()
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

void TestMetering::catchUpBuildsDaysSettledBeforeACrash()
{
    const QSqlDatabase db = m_f->db.handle();
    QVERIFY(insertInstance(db, u"6227091"_qs).isEmpty());
    for (int offset = 0; offset < 3; ++offset) {
        const QDate day = kDay.addDays(offset);
        QVERIFY(insertSettledDay(db, kAccount, day).isEmpty());
        addLine({kAccount, day, 1, u"logs"_qs, 10000 * (offset + 1), u"6227091"_qs});
    }
    m_f->builder->buildDay(kDay); // built before the crash; the next two were not

    m_f->builder->catchUp();
    QList<MeteringRecord> records = m_f->all();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2).day, kDay.addDays(2));
    QCOMPARE(records.at(2).entities.at(0).value, u"3"_qs);

    m_f->builder->catchUp(); // a second start-up: nothing more
    QCOMPARE(m_f->all().size(), 3);
}

void TestMetering::callsCarryAtMost100RecordsAndOneCallPerInstancePerMinute()
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

void TestMetering::anInstanceCalledWithinTheMinuteWaits()
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

void TestMetering::shortOutageIsRetriedThenPushed()
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

void TestMetering::outagePastTheDeadlineEndsPushFailed()
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

void TestMetering::withoutAMarketRecordsWaitThenFail()
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

void TestMetering::pushingAgainIsHarmless()
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

void TestMetering::accountsSeeOnlyTheirRecords()
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

QTEST_GUILESS_MAIN(TestMetering)
#include "tst_metering.moc"
