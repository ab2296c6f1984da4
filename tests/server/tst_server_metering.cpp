// Metering against the real billing-center: bill lines of an Alibaba Cloud-paid workspace
// (written into the server's database while it is stopped, as the settlement engine writes
// them) become metering records at start-up, which the pusher sends to the sandbox market
// when the sandbox clock passes the day's end.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "MeteringRows.h"
#include "ReplyChecks.h"
#include "SandboxClockMove.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace billing::test;
using namespace billing::test::metering;

namespace {
constexpr int kWaitMs = 20000;
const QString kMetering = u"/api/v1/marketplace/aliyun/metering"_qs;
const QString kMarket = u"/api/v1/sandbox/aliyun/metering"_qs;

// Two days after today in Beijing: no record of it is due before the test moves the clock.
QDate meteredDay()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().addDays(2);
}

// Runs `write` on the server's database while the server is stopped, then starts it again
// (the metering builder catches up on the settled days at start-up).
QString writeWhileStopped(TestServer &server, const std::function<QString(QSqlDatabase &)> &write)
{
    if (!server.stop())
        return server.errorString();
    QString error;
    {
        QSqlDatabase db = server.openDatabaseConnection(u"metering-test"_qs);
        error = db.isOpen() ? write(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"metering-test"_qs);
    if (error.isEmpty() && !server.start())
        error = server.errorString();
    return error; // the server listens on a new port now
}

// A settled day of `accountId` whose two workspaces' logs and one trace item `instanceId` paid.
QString settleForInstance(QSqlDatabase &db, const QString &accountId, const QString &instanceId,
                          const QDate &day, qint64 firstSeq = 1)
{
    QString error = insertSettledDay(db, accountId, day);
    for (const Line &line :
         {Line{accountId, day, firstSeq, u"logs"_qs, 40000000, instanceId},
          Line{accountId, day, firstSeq + 1, u"logs"_qs, 20000000, instanceId},
          Line{accountId, day, firstSeq + 1, u"apm_traces"_qs, 5000, instanceId}}) {
        if (error.isEmpty())
            error = insertLine(db, line);
    }
    return error;
}

QString statusesOnDisk(TestServer &server, const QString &instanceId, const QDate &day)
{
    QString statuses;
    {
        QSqlDatabase db = server.openDatabaseConnection(u"metering-read"_qs);
        if (db.isOpen())
            statuses = lineStatuses(db, instanceId, day);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"metering-read"_qs);
    return statuses;
}
} // namespace

class TestServerMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageReachesTheMarketExactlyOnce();
    void shortOutageIsRetriedThenPushed();
    void outagePastTheDeadlineEndsPushFailed();
    void manyInstancesGoInCallsTheMarketAccepts();
    void nothingForAnInstanceReleasedBeforeTheDay();
    void withoutTheSandboxRecordsWaitWithTheReason();

private:
    // Registers an account and opens an instance for it; empty on success.
    QString openAccountAndInstance();
    QJsonObject record(const QString &instanceId);
    qint64 marketTotal(const QString &instanceId);
    bool moveClock(const QDateTime &to);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_anon;
    HttpClient m_client;
    Session m_session;
    QString m_instance;
    QDate m_day;
    QDateTime m_dayEnd;   // the record is due from here
    QDateTime m_deadline; // the end of the next billing day
};

void TestServerMetering::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_day = meteredDay();
    m_dayEnd = beijingMidnight(m_day.addDays(1));
    m_deadline = beijingMidnight(m_day.addDays(2));
}

void TestServerMetering::cleanup()
{
    if (m_server && m_server->isRunning())
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
    m_server.reset();
}

QString TestServerMetering::openAccountAndInstance()
{
    m_anon.setBaseUrl(m_server->baseUrl());
    m_session = registerAccount(m_anon, uniqueName(u"meter"_qs));
    if (!m_session.ok())
        return m_session.error;
    QString error;
    m_instance = createSandboxInstance(m_anon, uniqueUid(), &error).value(u"instanceId").toString();
    return error;
}

QJsonObject TestServerMetering::record(const QString &instanceId)
{
    m_client.setBaseUrl(m_server->baseUrl());
    m_client.setToken(m_session.token);
    const HttpReply reply = m_client.get(kMetering, {{u"instanceId"_qs, instanceId}});
    return reply.object().value(u"items").toArray().at(0).toObject();
}

qint64 TestServerMetering::marketTotal(const QString &instanceId)
{
    m_anon.setBaseUrl(m_server->baseUrl());
    QueryItems query;
    if (!instanceId.isEmpty())
        query.append({u"instanceId"_qs, instanceId});
    const HttpReply reply = m_anon.get(kMarket, query);
    return reply.status == 200 ? reply.object().value(u"total").toInteger() : -1;
}

bool TestServerMetering::moveClock(const QDateTime &to)
{
    m_anon.setBaseUrl(m_server->baseUrl());
    return moveClockAndLogIn(m_anon, m_session, to);
}

void TestServerMetering::usageReachesTheMarketExactlyOnce()
{
    VERIFY_NO_ERROR(openAccountAndInstance());
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [this](QSqlDatabase &db) {
        return settleForInstance(db, m_session.accountId, m_instance, m_day);
    }));
    QJsonObject pending = record(m_instance);
    QCOMPARE(pending.value(u"status").toString(), u"pending_push"_qs);
    QCOMPARE(pending.value(u"day").toString(), m_day.toString(Qt::ISODate));
    QCOMPARE(pending.value(u"startTime").toInteger(), beijingMidnight(m_day).toSecsSinceEpoch());
    QCOMPARE(pending.value(u"endTime").toInteger(), m_dayEnd.toSecsSinceEpoch());
    QCOMPARE(pending.value(u"deadline").toString(), m_deadline.toString(Qt::ISODate));
    QCOMPARE(pending.value(u"attempts").toInt(), 0);
    QCOMPARE(marketTotal(m_instance), 0);

    QVERIFY(moveClock(m_dayEnd.addSecs(5)));
    QTRY_COMPARE_WITH_TIMEOUT(record(m_instance).value(u"status").toString(), u"pushed"_qs,
                              kWaitMs);
    const QJsonObject pushed = record(m_instance);
    QCOMPARE(pushed.value(u"attempts").toInt(), 1);
    QVERIFY(!pushed.contains(u"lastError"));
    QVERIFY(pushed.value(u"pushedAt").toString() >= m_dayEnd.toString(Qt::ISODate));
    const QJsonObject accepted = m_anon.get(kMarket, {{u"instanceId"_qs, m_instance}})
                                     .object()
                                     .value(u"items")[0]
                                     .toObject();
    QCOMPARE(accepted.value(u"InstanceId").toString(), m_instance);
    QCOMPARE(accepted.value(u"StartTime").toInteger(), beijingMidnight(m_day).toSecsSinceEpoch());
    QCOMPARE(accepted.value(u"Entities").toArray(),
             QJsonArray({QJsonObject{{u"Key"_qs, u"apm_traces"_qs}, {u"Value"_qs, u"0.5"_qs}},
                         QJsonObject{{u"Key"_qs, u"logs"_qs}, {u"Value"_qs, u"6000"_qs}}}));
    QCOMPARE(statusesOnDisk(*m_server, m_instance, m_day), u"pushed,pushed,pushed"_qs);

    // Another account sees none of it.
    m_anon.setBaseUrl(m_server->baseUrl());
    const Session other = registerAccount(m_anon, uniqueName(u"meterX"_qs));
    VERIFY_NO_ERROR(other.error);
    HttpClient otherClient(m_server->baseUrl(), other.token);
    QCOMPARE(otherClient.get(kMetering).object().value(u"total").toInteger(), 0);

    // A restart pushes nothing again; a push whose answer was lost (the record back to
    // pending, as after a crash before it was recorded) is sent again and kept once.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QCOMPARE(record(m_instance).value(u"status").toString(), u"pushed"_qs);
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE metering_records SET status = 'pending_push', pushed_at = NULL"_qs);
        return run(query);
    }));
    QVERIFY(moveClock(m_dayEnd.addSecs(600)));
    QTRY_COMPARE_WITH_TIMEOUT(record(m_instance).value(u"status").toString(), u"pushed"_qs,
                              kWaitMs);
    QCOMPARE(record(m_instance).value(u"attempts").toInt(), 2);
    QCOMPARE(marketTotal(m_instance), 1);
    QCOMPARE(marketTotal({}), 1);
}

void TestServerMetering::shortOutageIsRetriedThenPushed()
{
    VERIFY_NO_ERROR(openAccountAndInstance());
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [this](QSqlDatabase &db) {
        return settleForInstance(db, m_session.accountId, m_instance, m_day);
    }));
    const QDateTime until = m_dayEnd.addSecs(600);
    m_anon.setBaseUrl(m_server->baseUrl());
    const HttpReply outage = m_anon.post(u"/api/v1/sandbox/aliyun/metering/outage"_qs,
                                         {{u"until"_qs, until.toString(Qt::ISODate)}});
    VERIFY_STATUS(outage, 200);
    QCOMPARE(outage.object().value(u"until").toString(), until.toString(Qt::ISODate));

    QVERIFY(moveClock(m_dayEnd.addSecs(5)));
    QTRY_VERIFY_WITH_TIMEOUT(record(m_instance).value(u"attempts").toInt() >= 1, kWaitMs);
    QJsonObject refused = record(m_instance);
    QCOMPARE(refused.value(u"status").toString(), u"pending_push"_qs);
    QVERIFY2(refused.value(u"lastError").toString().startsWith(u"ServiceUnavailable"_qs),
             qPrintable(refused.value(u"lastError").toString()));
    QCOMPARE(statusesOnDisk(*m_server, m_instance, m_day),
             u"pending_push,pending_push,pending_push"_qs);

    QVERIFY(moveClock(m_dayEnd.addSecs(180)));
    QTRY_VERIFY_WITH_TIMEOUT(record(m_instance).value(u"attempts").toInt() >= 2, kWaitMs);
    QCOMPARE(marketTotal(m_instance), 0);

    QVERIFY(moveClock(until.addSecs(1800)));
    QTRY_COMPARE_WITH_TIMEOUT(record(m_instance).value(u"status").toString(), u"pushed"_qs,
                              kWaitMs);
    QVERIFY(record(m_instance).value(u"attempts").toInt() > 2);
    QCOMPARE(marketTotal(m_instance), 1);
    QCOMPARE(statusesOnDisk(*m_server, m_instance, m_day), u"pushed,pushed,pushed"_qs);
}

void TestServerMetering::outagePastTheDeadlineEndsPushFailed()
{
    VERIFY_NO_ERROR(openAccountAndInstance());
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [this](QSqlDatabase &db) {
        return settleForInstance(db, m_session.accountId, m_instance, m_day);
    }));
    m_anon.setBaseUrl(m_server->baseUrl());
    VERIFY_STATUS(m_anon.post(u"/api/v1/sandbox/aliyun/metering/outage"_qs,
                              {{u"until"_qs, m_deadline.addDays(3).toString(Qt::ISODate)}}),
                  200);
    QVERIFY(moveClock(m_dayEnd.addSecs(5)));
    QTRY_VERIFY_WITH_TIMEOUT(record(m_instance).value(u"attempts").toInt() >= 1, kWaitMs);

    QVERIFY(moveClock(m_deadline.addSecs(5)));
    QTRY_COMPARE_WITH_TIMEOUT(record(m_instance).value(u"status").toString(), u"push_failed"_qs,
                              kWaitMs);
    const QString reason = record(m_instance).value(u"lastError").toString();
    QVERIFY2(reason.contains(u"deadline "_qs + m_deadline.toString(Qt::ISODate))
                 && reason.contains(u"ServiceUnavailable"_qs),
             qPrintable(reason));
    QCOMPARE(statusesOnDisk(*m_server, m_instance, m_day),
             u"push_failed,push_failed,push_failed"_qs);
    QCOMPARE(marketTotal(m_instance), 0);

    // Failed stays failed and visible, also once the market is back.
    VERIFY_STATUS(m_anon.post(u"/api/v1/sandbox/aliyun/metering/outage"_qs,
                              {{u"until"_qs, m_deadline.toString(Qt::ISODate)}}),
                  200);
    QVERIFY(moveClock(m_deadline.addSecs(7200)));
    QTest::qWait(2500); // two pusher rounds, which must not send it
    QCOMPARE(record(m_instance).value(u"status").toString(), u"push_failed"_qs);
    QCOMPARE(marketTotal(m_instance), 0);
}

void TestServerMetering::manyInstancesGoInCallsTheMarketAccepts()
{
    constexpr int kInstances = 150;
    VERIFY_NO_ERROR(openAccountAndInstance());
    const qint64 base = 8000000000 + QDateTime::currentSecsSinceEpoch() % 1000000 * 1000;
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [&](QSqlDatabase &db) {
        QString error;
        for (int i = 0; i < kInstances && error.isEmpty(); ++i) {
            const QString id = QString::number(base + i);
            error = insertInstance(db, id);
            if (error.isEmpty())
                error = settleForInstance(db, m_session.accountId, id, m_day, 10 * i + 1);
        }
        return error;
    }));
    QVERIFY(moveClock(m_dayEnd.addSecs(5)));
    // The market refuses a call of more than 100 records or a second call for an instance
    // within 60 s, so one attempt each means the pusher kept to both limits.
    QTRY_COMPARE_WITH_TIMEOUT(marketTotal({}), qint64(kInstances), kWaitMs);
    m_client.setBaseUrl(m_server->baseUrl());
    m_client.setToken(m_session.token);
    QString error;
    const QJsonArray records = listAll(m_client, kMetering, {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(records.size(), kInstances);
    for (const QJsonValue &value : records) {
        QCOMPARE(value[u"status"].toString(), u"pushed"_qs);
        QCOMPARE(value[u"attempts"].toInt(), 1);
    }
    const QString month = m_day.toString(u"yyyy-MM"_qs);
    QCOMPARE(listTotal(m_client, kMetering, {{u"month"_qs, month}}, &error), qint64(kInstances));
    QCOMPARE(listTotal(m_client, kMetering, {{u"month"_qs, u"2001-01"_qs}}, &error), qint64(0));
}

void TestServerMetering::nothingForAnInstanceReleasedBeforeTheDay()
{
    VERIFY_NO_ERROR(openAccountAndInstance());
    QString error;
    sandboxInstanceAction(m_anon, m_instance, u"release"_qs, &error);
    VERIFY_NO_ERROR(error);
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [this](QSqlDatabase &db) {
        return settleForInstance(db, m_session.accountId, m_instance, m_day);
    }));
    QVERIFY(record(m_instance).isEmpty());
    QCOMPARE(statusesOnDisk(*m_server, m_instance, m_day),
             u"push_failed,push_failed,push_failed"_qs);
    QVERIFY(moveClock(m_dayEnd.addSecs(5)));
    QTest::qWait(2500); // two pusher rounds
    QCOMPARE(marketTotal(m_instance), 0);
    QVERIFY(record(m_instance).isEmpty());
}

void TestServerMetering::withoutTheSandboxRecordsWaitWithTheReason()
{
    TestServer::Options options;
    options.sandbox = false;
    m_server->setOptions(options);
    // Yesterday in Beijing: due now, its deadline the end of today.
    const QDate yesterday =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().addDays(-1);
    const QString instanceId = u"6227099"_qs;
    VERIFY_NO_ERROR(writeWhileStopped(*m_server, [&](QSqlDatabase &db) {
        QString error = insertInstance(db, instanceId);
        return error.isEmpty() ? settleForInstance(db, u"acc_offline"_qs, instanceId, yesterday)
                               : error;
    }));
    const auto lastError = [&] {
        QString text;
        {
            QSqlDatabase db = m_server->openDatabaseConnection(u"metering-read"_qs);
            if (db.isOpen()) {
                QSqlQuery query(u"SELECT last_error FROM metering_records"_qs, db);
                if (query.next())
                    text = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"metering-read"_qs);
        return text;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastError().contains(u"No Alibaba Cloud Marketplace endpoint"_qs),
                             kWaitMs);
    QCOMPARE(statusesOnDisk(*m_server, instanceId, yesterday),
             u"pending_push,pending_push,pending_push"_qs);
}

QTEST_GUILESS_MAIN(TestServerMetering)
#include "tst_server_metering.moc"
