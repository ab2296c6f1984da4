// Huawei Cloud KooGallery end to end on the real server, played by its sandbox console (which
// signs its callbacks with the key the sandbox made itself): subscribe, bind workspaces with
// the Huawei Cloud account ID and instance ID, freeze / unfreeze / renew, usage pushed to the
// sandbox usage-data API once, and the release rule (workspaces back on billing_center, one
// mail per account listing them, one history event each by marketplace huawei), and the
// binding lookup's visibility.
#include "HistoryTest.h"
#include "HuaweiCallbacks.h"
#include "SandboxClockMove.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kWaitMs = 30000;
const QString kConsole = QStringLiteral("/api/v1/sandbox/huawei/instances");
const QString kMarket = QStringLiteral("/api/v1/sandbox/huawei/metering");
const QString kMailbox = QStringLiteral("/api/v1/sandbox/mailbox");

// The mail that names the workspace (the mailbox's order is not this test's concern).
QJsonObject releaseMail(const QJsonArray &inbox, const QString &workspace)
{
    for (const QJsonValue &mail : inbox) {
        if (mail[QLatin1String("body")].toString().contains(workspace))
            return mail.toObject();
    }
    return {};
}

QDateTime beijing(const QDate &day, int hour = 0, int seconds = 0)
{
    return QDateTime(day, QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC().addSecs(seconds);
}
} // namespace

class TestServerHuaweiStory : public HistoryTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void consoleLifecycleAndTheReleaseRule();
    void usageReachesTheMarketOnceThenRelease();
    void lookupIsVisibleToTheAccountOrItsBindings();

private:
    QJsonObject subscribe(const QString &account);
    QJsonObject action(const QString &id, const QString &name, const QJsonObject &body = {});
    QString bind(HttpClient &client, const QString &account, const QString &id);
    QJsonArray mails(const QString &to);
    QJsonArray market(const QString &id);
    int releasedEvents(HttpClient &client, const QString &workspaceId);

    QDate m_day;
};

void TestServerHuaweiStory::initTestCase()
{
    m_day = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
    VERIFY_NO_ERROR(startWithTwoAccounts(beijing(m_day, 12), QStringLiteral("hwst")));
}

void TestServerHuaweiStory::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QJsonObject TestServerHuaweiStory::subscribe(const QString &account)
{
    const HttpReply reply = m_anon.post(kConsole, {{QStringLiteral("huaweiAccountId"), account}});
    if (reply.status != 201)
        qWarning("subscribe: %s", qPrintable(reply.describe()));
    return reply.object();
}

QJsonObject TestServerHuaweiStory::action(const QString &id, const QString &name,
                                          const QJsonObject &body)
{
    const HttpReply reply = m_anon.post(kConsole + u'/' + id + u'/' + name, body);
    if (reply.status != 200)
        qWarning("%s: %s", qPrintable(name), qPrintable(reply.describe()));
    return reply.object();
}

// A Billing Center workspace on a Huawei Cloud site, then PUT settlement naming the instance.
QString TestServerHuaweiStory::bind(HttpClient &client, const QString &account, const QString &id)
{
    QString error;
    const QString workspace = idOf(createWorkspace(
        client, workspaceBody(uniqueName(QStringLiteral("kg-")), kHuaweiSite), &error));
    if (!error.isEmpty())
        qWarning("create: %s", qPrintable(error));
    const HttpReply bound =
        client.put(kWorkspaces + u'/' + workspace + QStringLiteral("/settlement"),
                   huaweiSettlement(account, id));
    if (bound.status != 200) {
        qWarning("bind: %s", qPrintable(bound.describe()));
        return {};
    }
    return workspace;
}

QJsonArray TestServerHuaweiStory::mails(const QString &to)
{
    QString error;
    const QJsonArray items = listAll(m_anon, kMailbox, {{QStringLiteral("to"), to}}, &error);
    if (!error.isEmpty())
        qWarning("mailbox: %s", qPrintable(error));
    return items;
}

QJsonArray TestServerHuaweiStory::market(const QString &id)
{
    const HttpReply reply = m_anon.get(kMarket, {{QStringLiteral("subscriptionId"), id}});
    return reply.object().value(QLatin1String("records")).toArray();
}

int TestServerHuaweiStory::releasedEvents(HttpClient &client, const QString &workspaceId)
{
    int count = 0;
    for (const SettlementEvent &event : history(client, workspaceId)) {
        if (event.reason == EventReason::SubscriptionReleased) {
            ++count;
            if (event.actor != EventActor::ofMarketplace(QStringLiteral("huawei")))
                return -1;
        }
    }
    return count;
}

void TestServerHuaweiStory::consoleLifecycleAndTheReleaseRule()
{
    const QString account = uniqueHuaweiAccount();
    const QJsonObject created = subscribe(account.toUpper());
    const QString id = created.value(QLatin1String("subscriptionId")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^hw[0-9a-f]{20}$")).match(id).hasMatch(),
             qPrintable(QString::fromUtf8(compactJson(created))));
    QCOMPARE(created.value(QLatin1String("marketplace")).toString(), QStringLiteral("huawei"));
    QCOMPARE(created[QLatin1String("customer")][QLatin1String("huaweiAccountId")].toString(),
             account);
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("opened"));

    const QStringList alices{bind(m_alice, account, id), bind(m_alice, account, id)};
    const QString bobs = bind(m_bob, account, id);
    QVERIFY(!alices.contains(QString()) && !bobs.isEmpty());

    // Freeze: the 14-day countdown, kept when KooGallery repeats it.
    QString error;
    const QDateTime now = serverNow(m_anon, &error);
    QCOMPARE(action(id, QStringLiteral("freeze")).value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
    QJsonObject frozen = getWorkspace(m_alice, alices.first(), &error);
    QCOMPARE(frozen.value(QLatin1String("status")).toString(), QStringLiteral("lock_pending"));
    const QDateTime lockAt = utc(qPrintable(frozen.value(QLatin1String("lockAt")).toString()));
    QVERIFY(qAbs(lockAt.secsTo(now.addDays(14))) < 60);
    action(id, QStringLiteral("freeze"));
    frozen = getWorkspace(m_alice, alices.first(), &error);
    QCOMPARE(utc(qPrintable(frozen.value(QLatin1String("lockAt")).toString())), lockAt);

    QCOMPARE(action(id, QStringLiteral("unfreeze")).value(QLatin1String("status")).toString(),
             QStringLiteral("opened"));
    QCOMPARE(getWorkspace(m_bob, bobs, &error).value(QLatin1String("status")).toString(),
             QStringLiteral("active"));
    const QDateTime before = utc(qPrintable(created.value(QLatin1String("expiredOn")).toString()));
    const QJsonObject renewed = action(id, QStringLiteral("renew"), {{QStringLiteral("days"), 10}});
    QCOMPARE(utc(qPrintable(renewed.value(QLatin1String("expiredOn")).toString())),
             before.addDays(10));

    // Release: every bound workspace back on billing_center, one mail per account.
    const qsizetype aliceMails = mails(m_aliceSession.email).size();
    const qsizetype bobMails = mails(m_bobSession.email).size();
    QCOMPARE(action(id, QStringLiteral("release")).value(QLatin1String("status")).toString(),
             QStringLiteral("released"));
    action(id, QStringLiteral("release")); // repeated: nothing more
    for (const QString &workspace : alices) {
        const QJsonObject moved = getWorkspace(m_alice, workspace, &error);
        QCOMPARE(moved[QLatin1String("settlement")][QLatin1String("method")].toString(),
                 QStringLiteral("billing_center"));
        QCOMPARE(releasedEvents(m_alice, workspace), 1);
    }
    QCOMPARE(releasedEvents(m_bob, bobs), 1);
    const QJsonArray aliceInbox = mails(m_aliceSession.email);
    QCOMPARE(aliceInbox.size(), aliceMails + 1);
    QCOMPARE(mails(m_bobSession.email).size(), bobMails + 1);
    const QJsonObject mail = releaseMail(aliceInbox, alices.first());
    QVERIFY(mail.value(QLatin1String("subject")).toString().contains(QStringLiteral("Huawei")));
    for (const QString &workspace : alices)
        QVERIFY(mail.value(QLatin1String("body")).toString().contains(workspace));
    QVERIFY(!mail.value(QLatin1String("body")).toString().contains(bobs));

    // A released instance binds nothing; an unknown one is 404 in the console.
    QString fresh =
        idOf(createWorkspace(m_alice, workspaceBody(QStringLiteral("late"), kHuaweiSite), &error));
    const HttpReply late = m_alice.put(kWorkspaces + u'/' + fresh + QStringLiteral("/settlement"),
                                       huaweiSettlement(account, id));
    VERIFY_ERROR(late, 422, "instance_not_active");
    VERIFY_ERROR(m_anon.post(kConsole + QStringLiteral("/hw0000/freeze"), {}), 404, "not_found");
}

void TestServerHuaweiStory::usageReachesTheMarketOnceThenRelease()
{
    const QString account = uniqueHuaweiAccount();
    const QString id = subscribe(account).value(QLatin1String("subscriptionId")).toString();
    const QString workspace = bind(m_alice, account, id);
    QVERIFY(!workspace.isEmpty());
    QJsonArray records;
    for (const auto &[item, quantity] :
         {std::pair{QStringLiteral("logs"), QStringLiteral("6000")},
          std::pair{QStringLiteral("rum_pv"), QStringLiteral("0.5")}}) {
        records.append(QJsonObject{{QStringLiteral("workspaceId"), workspace},
                                   {QStringLiteral("item"), item},
                                   {QStringLiteral("day"), m_day.toString(Qt::ISODate)},
                                   {QStringLiteral("quantity"), quantity}});
    }
    HttpClient collector(m_server.baseUrl(), QStringLiteral("sandbox-collector"));
    VERIFY_STATUS(
        collector.post(QStringLiteral("/api/v1/usage"), {{QStringLiteral("records"), records}}),
        200);

    VERIFY_NO_ERROR(moveClockTo(beijing(m_day.addDays(1), 0, 5)));
    QTRY_COMPARE_WITH_TIMEOUT(market(id).size(), 2, kWaitMs);
    const QJsonArray held = market(id);
    const QString begin = beijing(m_day).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString end = beijing(m_day.addDays(1)).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QStringList values;
    QSet<QString> serials;
    for (const QJsonValue &record : held) {
        QCOMPARE(record[QLatin1String("instance_id")].toString(), id);
        QCOMPARE(record[QLatin1String("begin_time")].toString(), begin);
        QCOMPARE(record[QLatin1String("end_time")].toString(), end);
        QCOMPARE(record[QLatin1String("record_time")].toString(), end);
        values << record[QLatin1String("item")].toString() + u'='
                      + record[QLatin1String("usage_value")].toString();
        serials.insert(record[QLatin1String("metering_sn")].toString());
    }
    values.sort();
    QCOMPARE(values, QStringList({QStringLiteral("logs=6000"), QStringLiteral("rum_pv=0.5")}));
    QCOMPARE(serials.size(), 2);

    // Pushed once: later rounds and a restart send nothing again.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_anon.setBaseUrl(m_server.baseUrl());
    m_alice.setBaseUrl(m_server.baseUrl());
    m_bob.setBaseUrl(m_server.baseUrl());
    VERIFY_NO_ERROR(moveClockTo(beijing(m_day.addDays(1), 2)));
    QTest::qWait(2500); // two pusher rounds
    QCOMPARE(market(id).size(), 2);

    // Unsubscribed in the market: the workspace pays through Billing Center again.
    QCOMPARE(action(id, QStringLiteral("release")).value(QLatin1String("status")).toString(),
             QStringLiteral("released"));
    QString error;
    const QJsonObject moved = getWorkspace(m_alice, workspace, &error);
    QCOMPARE(moved[QLatin1String("settlement")][QLatin1String("method")].toString(),
             QStringLiteral("billing_center"));
    QCOMPARE(releasedEvents(m_alice, workspace), 1);
    const QJsonObject mail = releaseMail(mails(m_aliceSession.email), workspace);
    QVERIFY(mail.value(QLatin1String("subject")).toString().contains(QStringLiteral("Huawei")));
}

void TestServerHuaweiStory::lookupIsVisibleToTheAccountOrItsBindings()
{
    const QString account = uniqueHuaweiAccount();
    const QString id = subscribe(account).value(QLatin1String("subscriptionId")).toString();
    const QString path = kHuaweiInstances + id;
    VERIFY_ERROR(m_alice.get(path), 404, "not_found");
    VERIFY_ERROR(m_alice.get(path, {{QStringLiteral("huaweiAccountId"), uniqueHuaweiAccount()}}),
                 404, "not_found");
    // Pasted as the console shows it: upper-case, with spaces around.
    const HttpReply pasted = m_alice.get(
        path, {{QStringLiteral("huaweiAccountId"), QStringLiteral(" %1 ").arg(account.toUpper())}});
    VERIFY_STATUS(pasted, 200);
    QCOMPARE(pasted.object().value(QLatin1String("subscriptionId")).toString(), id);
    VERIFY_ERROR(m_alice.get(kHuaweiInstances + QStringLiteral("hw0000"),
                             {{QStringLiteral("huaweiAccountId"), account}}),
                 404, "not_found");

    QVERIFY(!bind(m_alice, account, id).isEmpty());
    const HttpReply bound = m_alice.get(path);
    VERIFY_STATUS(bound, 200);
    QCOMPARE(bound.object().value(QLatin1String("boundWorkspaces")).toInt(), 1);
    VERIFY_ERROR(m_bob.get(path), 404, "not_found");
}

QTEST_GUILESS_MAIN(TestServerHuaweiStory)
#include "tst_server_huawei_story.moc"
