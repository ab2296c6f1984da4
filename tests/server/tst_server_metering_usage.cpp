// Metering end to end on the real server: usage of an Alibaba Cloud-paid workspace comes in
// through POST /api/v1/usage, the sandbox clock passes midnight (the day is settled), and the
// day's record reaches the sandbox market, retried through an outage or push_failed after
// the deadline, with the bill lines showing where it stands.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "SandboxClockMove.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace billing::test;

namespace {
constexpr int kWaitMs = 30000;
const QString kMetering = u"/api/v1/marketplace/aliyun/metering"_qs;
const QString kMarket = u"/api/v1/sandbox/aliyun/metering"_qs;
const QString kOutage = u"/api/v1/sandbox/aliyun/metering/outage"_qs;

QDateTime beijing(const QDate &day, int hour = 0, int seconds = 0)
{
    return QDateTime(day, QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC().addSecs(seconds);
}
} // namespace

class TestServerMeteringUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aliyunUsageReachesTheMarketExactlyOnce();
    void shortOutageIsRetriedThenPushed();
    void outagePastTheDeadlineShowsOnTheBill();
    void manyInstancesGoInCallsTheMarketAccepts();
    void nothingForAnInstanceReleasedBeforeTheDay();

private:
    bool moveClock(const QDateTime &to);
    QJsonObject record();
    qint64 marketTotal();
    QJsonArray aliyunLines();

    std::unique_ptr<TestServer> m_server;
    HttpClient m_anon;
    HttpClient m_client;
    Session m_session;
    QString m_instance;
    QDate m_day;
};

void TestServerMeteringUsage::init()
{
    m_session = {};
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_anon.setBaseUrl(m_server->baseUrl());
    QString error;
    m_day = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);
    QVERIFY(moveClock(beijing(m_day, 12))); // the day's noon: no midnight passes by itself

    m_session = registerAccount(m_anon, uniqueName(u"meterU"_qs));
    VERIFY_NO_ERROR(m_session.error);
    m_client.setBaseUrl(m_server->baseUrl());
    m_client.setToken(m_session.token);
    const QString uid = uniqueUid();
    m_instance = createSandboxInstance(m_anon, uid, &error).value(u"instanceId").toString();
    VERIFY_NO_ERROR(error);
    const QString aliyun =
        createWorkspace(
            m_client,
            workspaceBody(u"metered"_qs, u"cn1"_qs, settlementBody(u"aliyun"_qs, uid, m_instance)),
            &error)
            .value(u"id")
            .toString();
    VERIFY_NO_ERROR(error);
    const QString wallet = createWorkspace(m_client, workspaceBody(u"wallet"_qs, u"cn1"_qs), &error)
                               .value(u"id")
                               .toString();
    VERIFY_NO_ERROR(error);

    const QString day = m_day.toString(Qt::ISODate);
    QJsonArray records;
    for (const auto &[workspace, item, quantity] :
         {std::tuple{aliyun, u"logs"_qs, u"6000"_qs}, std::tuple{aliyun, u"rum_pv"_qs, u"0.5"_qs},
          std::tuple{wallet, u"logs"_qs, u"100"_qs}}) {
        records.append(QJsonObject{{u"workspaceId"_qs, workspace},
                                   {u"item"_qs, item},
                                   {u"day"_qs, day},
                                   {u"quantity"_qs, quantity}});
    }
    HttpClient collector(m_server->baseUrl(), u"sandbox-collector"_qs);
    const HttpReply usage = collector.post(u"/api/v1/usage"_qs, {{u"records"_qs, records}});
    VERIFY_STATUS(usage, 200);
    for (const QJsonValue &result : usage.object().value(u"results").toArray())
        QCOMPARE(result[u"status"].toString(), u"accepted"_qs);
}

void TestServerMeteringUsage::cleanup()
{
    if (m_server && m_server->isRunning())
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
    m_server.reset();
}

bool TestServerMeteringUsage::moveClock(const QDateTime &to)
{
    m_anon.setBaseUrl(m_server->baseUrl());
    const bool moved = moveClockAndLogIn(m_anon, m_session, to);
    m_client.setBaseUrl(m_server->baseUrl());
    m_client.setToken(m_session.token);
    return moved;
}

QJsonObject TestServerMeteringUsage::record()
{
    const HttpReply reply = m_client.get(kMetering, {{u"instanceId"_qs, m_instance}});
    return reply.object().value(u"items").toArray().at(0).toObject();
}

qint64 TestServerMeteringUsage::marketTotal()
{
    m_anon.setBaseUrl(m_server->baseUrl());
    const HttpReply reply = m_anon.get(kMarket, {{u"instanceId"_qs, m_instance}});
    return reply.status == 200 ? reply.object().value(u"total").toInteger() : -1;
}

QJsonArray TestServerMeteringUsage::aliyunLines()
{
    QString error;
    return listAll(
        m_client, u"/api/v1/bill-lines"_qs,
        {{u"month"_qs, m_day.toString(u"yyyy-MM"_qs)}, {u"payer"_qs, u"aliyun:"_qs + m_instance}},
        &error);
}

void TestServerMeteringUsage::aliyunUsageReachesTheMarketExactlyOnce()
{
    QVERIFY(moveClock(beijing(m_day.addDays(1), 0, 5)));
    QTRY_COMPARE_WITH_TIMEOUT(record().value(u"status").toString(), u"pushed"_qs, kWaitMs);
    const QJsonObject pushed = record();
    QCOMPARE(pushed.value(u"day").toString(), m_day.toString(Qt::ISODate));
    QCOMPARE(pushed.value(u"attempts").toInt(), 1);
    QCOMPARE(pushed.value(u"entities").toArray(),
             QJsonArray({QJsonObject{{u"Key"_qs, u"logs"_qs}, {u"Value"_qs, u"6000"_qs}},
                         QJsonObject{{u"Key"_qs, u"rum_pv"_qs}, {u"Value"_qs, u"0.5"_qs}}}));
    QCOMPARE(marketTotal(), 1);
    const QJsonArray lines = aliyunLines();
    QCOMPARE(lines.size(), 2);
    for (const QJsonValue &line : lines)
        QCOMPARE(line[u"status"].toString(), u"pushed"_qs);

    // Later days and a restart send nothing again.
    QVERIFY(moveClock(beijing(m_day.addDays(3), 1)));
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QVERIFY(moveClock(beijing(m_day.addDays(3), 2)));
    QTest::qWait(2500); // two pusher rounds
    QCOMPARE(marketTotal(), 1);
    QCOMPARE(record().value(u"attempts").toInt(), 1);
}

void TestServerMeteringUsage::shortOutageIsRetriedThenPushed()
{
    const QDateTime midnight = beijing(m_day.addDays(1));
    VERIFY_STATUS(
        m_anon.post(kOutage, {{u"until"_qs, midnight.addSecs(3600).toString(Qt::ISODate)}}), 200);
    QVERIFY(moveClock(midnight.addSecs(5)));
    QTRY_VERIFY_WITH_TIMEOUT(record().value(u"attempts").toInt() >= 1, kWaitMs);
    QCOMPARE(record().value(u"status").toString(), u"pending_push"_qs);
    QCOMPARE(aliyunLines().at(0)[u"status"].toString(), u"pending_push"_qs);
    QVERIFY(moveClock(midnight.addSecs(600)));
    QTRY_VERIFY_WITH_TIMEOUT(record().value(u"attempts").toInt() >= 2, kWaitMs);
    QCOMPARE(marketTotal(), 0);
    QVERIFY(moveClock(midnight.addSecs(7200)));
    QTRY_COMPARE_WITH_TIMEOUT(record().value(u"status").toString(), u"pushed"_qs, kWaitMs);
    QVERIFY(record().value(u"attempts").toInt() > 2);
    QCOMPARE(marketTotal(), 1);
    QCOMPARE(aliyunLines().at(0)[u"status"].toString(), u"pushed"_qs);
}

void TestServerMeteringUsage::outagePastTheDeadlineShowsOnTheBill()
{
    const QDateTime midnight = beijing(m_day.addDays(1));
    const QDateTime deadline = beijing(m_day.addDays(2));
    VERIFY_STATUS(m_anon.post(kOutage, {{u"until"_qs, deadline.addDays(2).toString(Qt::ISODate)}}),
                  200);
    QVERIFY(moveClock(midnight.addSecs(5)));
    QTRY_VERIFY_WITH_TIMEOUT(record().value(u"attempts").toInt() >= 1, kWaitMs);
    QVERIFY(moveClock(deadline.addSecs(5)));
    QTRY_COMPARE_WITH_TIMEOUT(record().value(u"status").toString(), u"push_failed"_qs, kWaitMs);
    const QString reason = record().value(u"lastError").toString();
    QVERIFY2(reason.contains(u"deadline"_qs) && reason.contains(u"ServiceUnavailable"_qs),
             qPrintable(reason));
    const QJsonArray lines = aliyunLines();
    QCOMPARE(lines.size(), 2);
    for (const QJsonValue &line : lines) {
        QCOMPARE(line[u"status"].toString(), u"push_failed"_qs);
        QCOMPARE(line[u"pushError"].toString(), reason);
    }
    QCOMPARE(marketTotal(), 0);
}

void TestServerMeteringUsage::manyInstancesGoInCallsTheMarketAccepts()
{
    constexpr int kInstances = 120;
    QString error;
    QJsonArray usage;
    for (int i = 0; i < kInstances; ++i) {
        const QString uid = uniqueUid();
        const QString instance =
            createSandboxInstance(m_anon, uid, &error).value(u"instanceId").toString();
        VERIFY_NO_ERROR(error);
        const QString workspace =
            createWorkspace(m_client,
                            workspaceBody(u"many %1"_qs.arg(i), u"cn1"_qs,
                                          settlementBody(u"aliyun"_qs, uid, instance)),
                            &error)
                .value(u"id")
                .toString();
        VERIFY_NO_ERROR(error);
        usage.append(QJsonObject{{u"workspaceId"_qs, workspace},
                                 {u"item"_qs, u"task_calls"_qs},
                                 {u"day"_qs, m_day.toString(Qt::ISODate)},
                                 {u"quantity"_qs, QString::number(i + 1)}});
    }
    HttpClient collector(m_server->baseUrl(), u"sandbox-collector"_qs);
    VERIFY_STATUS(collector.post(u"/api/v1/usage"_qs, {{u"records"_qs, usage}}), 200);

    QVERIFY(moveClock(beijing(m_day.addDays(1), 0, 5)));
    // The market refuses a call of more than 100 records and a second call naming an instance
    // within 60 s: one attempt each means the pusher kept to both.
    const auto marketAll = [this] {
        m_anon.setBaseUrl(m_server->baseUrl());
        return m_anon.get(kMarket).object().value(u"total").toInteger();
    };
    QTRY_COMPARE_WITH_TIMEOUT(marketAll(), qint64(kInstances + 1), kWaitMs);
    const QJsonArray records = listAll(m_client, kMetering, {}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(records.size(), kInstances + 1);
    for (const QJsonValue &record : records) {
        QCOMPARE(record[u"status"].toString(), u"pushed"_qs);
        QCOMPARE(record[u"attempts"].toInt(), 1);
    }
}

void TestServerMeteringUsage::nothingForAnInstanceReleasedBeforeTheDay()
{
    // Released today: tomorrow's usage of its (former) workspaces is not the marketplace's.
    QString error;
    sandboxInstanceAction(m_anon, m_instance, u"release"_qs, &error);
    VERIFY_NO_ERROR(error);
    QVERIFY(moveClock(beijing(m_day.addDays(1), 0, 5)));
    QTRY_COMPARE_WITH_TIMEOUT(aliyunLines().size(), 0, kWaitMs); // the whole day pays itself
    const QDate next = m_day.addDays(1);
    const QJsonArray workspaces = listAll(m_client, u"/api/v1/workspaces"_qs, {}, &error);
    VERIFY_NO_ERROR(error);
    QJsonArray usage;
    for (const QJsonValue &workspace : workspaces) {
        usage.append(QJsonObject{{u"workspaceId"_qs, workspace[u"id"].toString()},
                                 {u"item"_qs, u"logs"_qs},
                                 {u"day"_qs, next.toString(Qt::ISODate)},
                                 {u"quantity"_qs, u"10"_qs}});
    }
    HttpClient collector(m_server->baseUrl(), u"sandbox-collector"_qs);
    VERIFY_STATUS(collector.post(u"/api/v1/usage"_qs, {{u"records"_qs, usage}}), 200);
    QVERIFY(moveClock(beijing(next.addDays(1), 0, 5)));
    QTRY_VERIFY_WITH_TIMEOUT(listTotal(m_client, u"/api/v1/bill-lines"_qs,
                                       {{u"month"_qs, next.toString(u"yyyy-MM"_qs)}}, &error)
                                 > 0,
                             kWaitMs);
    QTest::qWait(2500); // two pusher rounds
    QCOMPARE(marketTotal(), 0);
    QVERIFY(record().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerMeteringUsage)
#include "tst_server_metering_usage.moc"
