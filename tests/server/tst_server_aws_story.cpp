// AWS Marketplace's whole story on the real billing-center with the sandbox playing AWS (its
// console sends the real signed notifications through the server's own handler): subscribe,
// claim with the code, bind workspaces, usage pushed to the sandbox's BatchMeterUsage after
// the day, unsubscribe -> the workspaces back on billing_center with one mail and one history
// event each; a failed payment stays pending and cannot be bound.
#include "AwsTestSupport.h"
#include "ReplyChecks.h"
#include "SandboxClockMove.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace billing::test;
using namespace billing::test::aws;

namespace {
constexpr int kWaitMs = 30000;
const QString kNotes = QStringLiteral("/api/v1/notifications");

QDateTime beijing(const QDate &day, int hour = 0, int seconds = 0)
{
    return QDateTime(day, QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC().addSecs(seconds);
}

QJsonObject awsSettlement(const QString &subscriptionId)
{
    return {{QStringLiteral("method"), QStringLiteral("aws")},
            {QStringLiteral("subscriptionId"), subscriptionId}};
}
} // namespace

class TestServerAwsStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void subscribingGivesAClaimCodeAndLink();
    void aFailedPaymentStaysPendingAndCannotBeBound();
    void subscribeClaimBindMeterUnsubscribe();

private:
    QJsonObject subscribe(const QString &awsAccountId);
    QJsonObject act(const QString &subscriptionId, const QString &action);
    QJsonArray market(const QString &subscriptionId);
    bool moveClock(const QDateTime &to);

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_client;
    Session m_session;
};

void TestServerAwsStory::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_session = registerAccount(m_anon, uniqueName(QStringLiteral("awsstory")));
    VERIFY_NO_ERROR(m_session.error);
    m_client.setBaseUrl(m_server.baseUrl());
    m_client.setToken(m_session.token);
}

void TestServerAwsStory::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

bool TestServerAwsStory::moveClock(const QDateTime &to)
{
    const bool moved = moveClockAndLogIn(m_anon, m_session, to);
    m_client.setToken(m_session.token);
    return moved;
}

QJsonObject TestServerAwsStory::subscribe(const QString &awsAccountId)
{
    const HttpReply reply =
        m_anon.post(kSubscriptions, {{QStringLiteral("awsAccountId"), awsAccountId}});
    if (reply.status != 201)
        qWarning("subscribe: %s", qPrintable(reply.describe()));
    return reply.object();
}

QJsonObject TestServerAwsStory::act(const QString &subscriptionId, const QString &action)
{
    const HttpReply reply = m_anon.post(kSubscriptions + u'/' + subscriptionId + u'/' + action, {});
    if (reply.status != 200)
        qWarning("%s: %s", qPrintable(action), qPrintable(reply.describe()));
    return reply.object().value(u"subscription").toObject();
}

QJsonArray TestServerAwsStory::market(const QString &subscriptionId)
{
    return m_anon.get(kMarket, {{QStringLiteral("subscriptionId"), subscriptionId}})
        .object()
        .value(u"records")
        .toArray();
}

void TestServerAwsStory::subscribingGivesAClaimCodeAndLink()
{
    const QJsonObject subscribed = subscribe(QStringLiteral("123456789012"));
    const QJsonObject subscription = subscribed.value(u"subscription").toObject();
    const QString id = subscription.value(u"subscriptionId").toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^aws-[0-9a-f]{20}$")).match(id).hasMatch(),
             qPrintable(id));
    QCOMPARE(subscription.value(u"marketplace").toString(), QStringLiteral("aws"));
    QCOMPARE(subscription.value(u"status").toString(), QStringLiteral("opened"));
    QCOMPARE(subscription[u"customer"][u"awsAccountId"].toString(), QStringLiteral("123456789012"));
    const QString code = subscribed.value(u"claimCode").toString();
    QCOMPARE(claimCodeIn(code.toUtf8()), code);
    const QString link = subscribed.value(u"claimLink").toString();
    QVERIFY2(link.startsWith(QStringLiteral("billingdesk://claim?server=http"))
                 && link.endsWith(QStringLiteral("&code=") + code),
             qPrintable(link));
    // The same buyer subscribing again gets the same subscription and a new code.
    const QJsonObject again = subscribe(QStringLiteral("123456789012"));
    QCOMPARE(again[u"subscription"][u"subscriptionId"].toString(), id);
    QVERIFY(again.value(u"claimCode").toString() != code);

    VERIFY_ERROR(
        m_anon.post(kSubscriptions, {{QStringLiteral("awsAccountId"), QStringLiteral("12")}}), 422,
        "validation_failed");
    VERIFY_ERROR(m_anon.post(kSubscriptions + QStringLiteral("/aws-00000000000000000000/fail"), {}),
                 404, "not_found");
}

void TestServerAwsStory::aFailedPaymentStaysPendingAndCannotBeBound()
{
    QString error;
    const QJsonObject token = mintToken(m_anon, QStringLiteral("210987654321"), &error);
    VERIFY_NO_ERROR(error);
    const HttpReply page = land(m_anon, token.value(u"token").toString());
    QVERIFY2(page.status == 200, qPrintable(page.describe())); // an HTML page
    const QString id = subscriptionIdIn(page.body);
    QCOMPARE(act(id, QStringLiteral("fail")).value(u"status").toString(),
             QStringLiteral("pending"));
    const HttpReply claimed =
        m_client.post(kClaims, {{QStringLiteral("code"), claimCodeIn(page.body)}});
    VERIFY_STATUS(claimed, 201);
    QCOMPARE(claimed.object().value(u"status").toString(), QStringLiteral("pending"));
    const QJsonObject body =
        workspaceBody(uniqueName(QStringLiteral("aws-")), QStringLiteral("us1"), awsSettlement(id));
    VERIFY_ERROR(m_client.post(QStringLiteral("/api/v1/workspaces"), body), 422,
                 "instance_not_active");
    QCOMPARE(act(id, QStringLiteral("resubscribe")).value(u"status").toString(),
             QStringLiteral("opened"));
    VERIFY_STATUS(m_client.post(QStringLiteral("/api/v1/workspaces"), body), 201);
}

void TestServerAwsStory::subscribeClaimBindMeterUnsubscribe()
{
    QString error;
    const QDate day = serverNow(m_anon, &error).toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(error);
    QVERIFY(moveClock(beijing(day, 12)));

    const QJsonObject subscribed = subscribe(QStringLiteral("998877665544"));
    const QString id = subscribed[u"subscription"][u"subscriptionId"].toString();
    QVERIFY(!id.isEmpty());
    const HttpReply claimed =
        m_client.post(kClaims, {{QStringLiteral("code"), subscribed.value(u"claimCode")}});
    VERIFY_STATUS(claimed, 201);
    QStringList workspaces;
    for (const QString &site : {QStringLiteral("us1"), QStringLiteral("eu1")}) {
        workspaces << createWorkspace(m_client,
                                      workspaceBody(uniqueName(QStringLiteral("aws-story-")), site,
                                                    awsSettlement(id)),
                                      &error)
                          .value(u"id")
                          .toString();
        VERIFY_NO_ERROR(error);
    }
    const QJsonObject listed = m_client
                                   .get(QStringLiteral("/api/v1/marketplace/subscriptions"),
                                        {{QStringLiteral("marketplace"), QStringLiteral("aws")}})
                                   .object();
    QVERIFY2(QJsonDocument(listed).toJson().contains(id.toUtf8()),
             QJsonDocument(listed).toJson().constData());

    QJsonArray records;
    for (const auto &[item, quantity] :
         {std::pair{QStringLiteral("logs"), QStringLiteral("6000")},
          std::pair{QStringLiteral("rum_pv"), QStringLiteral("0.5")}})
        records.append(QJsonObject{{QStringLiteral("workspaceId"), workspaces.first()},
                                   {QStringLiteral("item"), item},
                                   {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("quantity"), quantity}});
    HttpClient collector(m_server.baseUrl(), QStringLiteral("sandbox-collector"));
    VERIFY_STATUS(collector.post(QStringLiteral("/api/v1/usage"), {{u"records"_qs, records}}), 200);

    // The day ends: it is settled and its record pushed to AWS within the minute.
    QVERIFY(moveClock(beijing(day.addDays(1), 0, 5)));
    QTRY_COMPARE_WITH_TIMEOUT(market(id).size(), 2, kWaitMs);
    const QString dayEnd = beijing(day.addDays(1)).toString(Qt::ISODate);
    QJsonObject quantities;
    for (const QJsonValue &record : market(id)) {
        QCOMPARE(record[u"Timestamp"].toString(), dayEnd);
        QCOMPARE(record[u"CustomerIdentifier"].toString(),
                 subscribed[u"subscription"][u"customer"][u"customerIdentifier"].toString());
        quantities.insert(record[u"Dimension"].toString(), record[u"Quantity"]);
    }
    QCOMPARE(quantities, (QJsonObject{{u"logs"_qs, 6000}, {u"rum_pv"_qs, 1}}));

    // The buyer unsubscribes: both workspaces back on billing_center, one mail, one event each.
    const qsizetype notesBefore = listAll(m_client, kNotes, {}, &error).size();
    QCOMPARE(act(id, QStringLiteral("unsubscribe")).value(u"status").toString(),
             QStringLiteral("released"));
    for (const QString &workspace : std::as_const(workspaces)) {
        const QJsonObject ws = getWorkspace(m_client, workspace, &error);
        QCOMPARE(ws[u"settlement"][u"method"].toString(), QStringLiteral("billing_center"));
        const QJsonArray events =
            listAll(m_client,
                    QStringLiteral("/api/v1/workspaces/") + workspace + QStringLiteral("/history"),
                    {}, &error);
        VERIFY_NO_ERROR(error);
        const QJsonObject newest = events.at(0).toObject();
        QCOMPARE(newest.value(u"reason").toString(), QStringLiteral("subscription_released"));
        QCOMPARE(newest[u"actor"][u"kind"].toString(), QStringLiteral("marketplace"));
        QCOMPARE(newest[u"actor"][u"marketplace"].toString(), QStringLiteral("aws"));
    }
    const QJsonArray notes = listAll(m_client, kNotes, {}, &error);
    QCOMPARE(notes.size(), notesBefore + 1);
    const QString mail = notes.at(0)[u"body"].toString();
    QVERIFY2(mail.contains(workspaces.at(0)) && mail.contains(workspaces.at(1))
                 && mail.contains(id),
             qPrintable(mail));
    // AWS sends it again: nothing more happens.
    QCOMPARE(act(id, QStringLiteral("unsubscribe")).value(u"status").toString(),
             QStringLiteral("released"));
    QCOMPARE(listAll(m_client, kNotes, {}, &error).size(), notes.size());
}

QTEST_GUILESS_MAIN(TestServerAwsStory)
#include "tst_server_aws_story.moc"
