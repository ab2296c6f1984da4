// Azure metering on the real server: the sandbox market's batchUsageEvent holds the caller to
// Azure's rules (≤ 25 events, 24 h, one event per resource, dimension and hour, Subscribed
// resources only), and the whole story: subscribe in the sandbox, claim with the code, bind a
// workspace, post usage, pass midnight, the market holds each item's exact quantity once;
// unsubscribe puts the workspace back on Billing Center with a mail and a history event.
#include "AzureTest.h"
#include "HistoryTest.h"
#include "SandboxClockMove.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kWaitMs = 30000;
const QString kUsageEvents = QStringLiteral("/api/v1/sandbox/azure/batchUsageEvent");
const QString kMarket = QStringLiteral("/api/v1/sandbox/azure/metering");

QDateTime beijing(const QDate &day, int hour = 0, int seconds = 0)
{
    return QDateTime(day, QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC().addSecs(seconds);
}

QJsonObject usageEvent(const QString &resourceId, const QString &dimension, const QDateTime &start,
                       double quantity = 1.5)
{
    return {{QStringLiteral("resourceId"), resourceId},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("dimension"), dimension},
            {QStringLiteral("effectiveStartTime"), start.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("planId"), QStringLiteral("standard")}};
}
} // namespace

class TestServerAzureMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void marketAppliesAzureRulesPerEvent();
    void wholeStory();

private:
    QString claimed(bool activate = true);
    QStringList statuses(const QJsonArray &events);
    QJsonArray marketRecords(const QString &subscriptionId);

    TestServer m_server{azureServerOptions()};
    HttpClient m_anon;
    HttpClient m_demo;
    Session m_session;
    QDate m_day;
};

void TestServerAzureMetering::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    QString error;
    m_day = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);
    m_session.username = QStringLiteral("demo");
    m_session.password = QStringLiteral("demo-pass-2026");
    QVERIFY(moveClockAndLogIn(m_anon, m_session, beijing(m_day, 12)));
    m_demo.setBaseUrl(m_server.baseUrl());
    m_demo.setToken(m_session.token);
}

void TestServerAzureMetering::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QString TestServerAzureMetering::claimed(bool activate)
{
    const HttpReply subscribed =
        m_anon.post(kAzureConsole, {{QStringLiteral("refuseActivation"), !activate}});
    const HttpReply claim =
        m_demo.post(QStringLiteral("/api/v1/marketplace/claims"),
                    {{"code", subscribed.object()[QLatin1String("claimCode")]}});
    if (claim.status != 201)
        qWarning("claim: %s", qPrintable(claim.describe()));
    return claim.object()[QLatin1String("subscriptionId")].toString();
}

QStringList TestServerAzureMetering::statuses(const QJsonArray &events)
{
    const HttpReply reply = m_anon.post(kUsageEvents, {{QStringLiteral("request"), events}});
    QStringList found;
    for (const QJsonValue &result : reply.object()[QLatin1String("result")].toArray())
        found << result[QLatin1String("status")].toString();
    if (reply.status != 200)
        found << QString::number(reply.status) + reply.object()[QLatin1String("code")].toString();
    return found;
}

QJsonArray TestServerAzureMetering::marketRecords(const QString &subscriptionId)
{
    const HttpReply reply =
        m_anon.get(kMarket, {{QStringLiteral("subscriptionId"), subscriptionId}});
    return reply.object()[QLatin1String("records")].toArray();
}

void TestServerAzureMetering::marketAppliesAzureRulesPerEvent()
{
    const QString id = claimed();
    const QString pending = claimed(false);
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    const QDateTime hour = now.addSecs(-3600);
    QCOMPARE(statuses({usageEvent(id, u"logs"_qs, hour), usageEvent(id, u"rum_pv"_qs, hour),
                       usageEvent(unknown, u"logs"_qs, hour), usageEvent(pending, u"logs"_qs, hour),
                       usageEvent(id, u"apm"_qs, now.addSecs(-25 * 3600)),
                       usageEvent(id, u"apm"_qs, hour, 0)}),
             QStringList({u"Accepted"_qs, u"Accepted"_qs, u"ResourceNotFound"_qs,
                          u"ResourceNotFound"_qs, u"Expired"_qs, u"InvalidQuantity"_qs}));
    // The same resource, dimension and hour again (another minute): a duplicate, kept once.
    QCOMPARE(statuses({usageEvent(id, u"logs"_qs, hour.addSecs(60), 9)}),
             QStringList{u"Duplicate"_qs});
    QCOMPARE(marketRecords(id).size(), 2);
    QJsonArray many;
    for (int i = 0; i < 26; ++i)
        many.append(usageEvent(id, u"dim%1"_qs.arg(i), hour));
    QCOMPARE(statuses(many), QStringList{u"400BadArgument"_qs});
    QCOMPARE(marketRecords(id).size(), 2);
}

void TestServerAzureMetering::wholeStory()
{
    const HttpReply subscribed = m_anon.post(kAzureConsole, QJsonObject{});
    VERIFY_STATUS(subscribed, 201);
    const QUrlQuery link(QUrl(subscribed.object()[QLatin1String("claimLink")].toString()));
    const HttpReply claim = m_demo.post(QStringLiteral("/api/v1/marketplace/claims"),
                                        {{"code", link.queryItemValue(QStringLiteral("code"))}});
    VERIFY_STATUS(claim, 201);
    const QString id = claim.object()[QLatin1String("subscriptionId")].toString();
    QString error;
    const QString name = uniqueName(QStringLiteral("az-story-"));
    const QString ws = bindAzureWorkspace(m_demo, name, id, &error);
    VERIFY_NO_ERROR(error);

    QJsonArray records;
    for (const auto &[item, quantity] :
         {std::pair{u"logs"_qs, u"6000"_qs}, std::pair{u"rum_pv"_qs, u"1234567.0001"_qs}}) {
        records.append(QJsonObject{{u"workspaceId"_qs, ws},
                                   {u"item"_qs, item},
                                   {u"day"_qs, m_day.toString(Qt::ISODate)},
                                   {u"quantity"_qs, quantity}});
    }
    HttpClient collector(m_server.baseUrl(), u"sandbox-collector"_qs);
    VERIFY_STATUS(collector.post(u"/api/v1/usage"_qs, {{u"records"_qs, records}}), 200);

    QVERIFY(moveClockAndLogIn(m_anon, m_session, beijing(m_day.addDays(1), 0, 5)));
    m_demo.setToken(m_session.token);
    // The demo account's generated usage may add items of its own; ours must be there once.
    QTRY_VERIFY_WITH_TIMEOUT(marketRecords(id).size() >= 2, kWaitMs);
    const QJsonArray pushed = marketRecords(id);
    QMap<QString, QJsonObject> byDimension;
    for (const QJsonValue &record : pushed)
        byDimension.insert(record[QLatin1String("dimension")].toString(), record.toObject());
    QCOMPARE(byDimension.size(), pushed.size());
    QVERIFY(byDimension.contains(u"logs"_qs) && byDimension.contains(u"rum_pv"_qs));
    QCOMPARE(byDimension[u"logs"_qs][QLatin1String("quantity")].toDouble(), 6000.0);
    QCOMPARE(compactJson(byDimension[u"rum_pv"_qs]).contains("\"quantity\":1234567.0001"), true);
    QCOMPARE(byDimension[u"logs"_qs][QLatin1String("planId")].toString(), u"standard"_qs);
    // The day's last hour (UTC): 15:00 on the Beijing day's date.
    QCOMPARE(byDimension[u"logs"_qs][QLatin1String("effectiveStartTime")].toString(),
             beijing(m_day, 23).toString(Qt::ISODate));
    QTest::qWait(2500); // more pusher rounds send nothing again
    QCOMPARE(marketRecords(id).size(), pushed.size());

    const qint64 mailsBefore = listTotal(m_demo, u"/api/v1/notifications"_qs, {}, &error);
    VERIFY_STATUS(m_anon.post(kAzureConsole + u'/' + id + u"/unsubscribe"_qs, QJsonObject{}), 200);
    QString why;
    const QJsonObject back = getWorkspace(m_demo, ws, &why);
    VERIFY_NO_ERROR(why);
    QCOMPARE(back[QLatin1String("settlement")][QLatin1String("method")].toString(),
             u"billing_center"_qs);
    QCOMPARE(listTotal(m_demo, u"/api/v1/notifications"_qs, {}, &error), mailsBefore + 1);
    const QList<SettlementEvent> events =
        eventsOf(listAll(m_demo, kWorkspaces + u'/' + ws + u"/history"_qs, {}, &error), &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(events.first().reason, EventReason::SubscriptionReleased);
    QCOMPARE(events.first().actor, EventActor::ofMarketplace(u"azure"_qs));
}

QTEST_GUILESS_MAIN(TestServerAzureMetering)
#include "tst_server_azure_metering.moc"
