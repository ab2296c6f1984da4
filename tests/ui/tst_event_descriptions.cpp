// The words for an event of the settlement history: who (a user's name, a marketplace's
// name, "system"), what happened, why, and the settlement or status before and after, in
// local time.
#include "EventDescriptions.h"
#include "EventFixtures.h"

#include <QTest>

#include <ctime>

Q_DECLARE_METATYPE(billing::EventActor)
Q_DECLARE_METATYPE(billing::SettlementEvent)

using namespace billing;
using namespace billing::test::events;

class TestEventDescriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actor_data();
    void actor();
    void everyKindAndReasonHasWords();
    void whenIsLocalTime();
    void change_data();
    void change();
    void summaryHasEveryPart();
    void summaryNamesEachMarketplace_data();
    void summaryNamesEachMarketplace();
};

void TestEventDescriptions::initTestCase()
{
    // Beijing has no daylight saving: 00:30 UTC is 08:30 there all year.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestEventDescriptions::actor_data()
{
    QTest::addColumn<EventActor>("actor");
    QTest::addColumn<QString>("text");
    QTest::newRow("user") << EventActor::user(QStringLiteral("li.wei")) << QStringLiteral("li.wei");
    QTest::newRow("user without a name") << EventActor::user({}) << QStringLiteral("a user");
    QTest::newRow("aliyun") << EventActor::ofMarketplace(QStringLiteral("aliyun"))
                            << QStringLiteral("Alibaba Cloud Marketplace");
    QTest::newRow("aws") << EventActor::ofMarketplace(QStringLiteral("aws"))
                         << QStringLiteral("AWS Marketplace");
    QTest::newRow("huawei") << EventActor::ofMarketplace(QStringLiteral("huawei"))
                            << QStringLiteral("Huawei Cloud KooGallery");
    QTest::newRow("azure") << EventActor::ofMarketplace(QStringLiteral("azure"))
                           << QStringLiteral("Azure Marketplace");
    QTest::newRow("unknown marketplace")
        << EventActor::ofMarketplace(QStringLiteral("gcp")) << QStringLiteral("gcp");
    QTest::newRow("billing_center is no marketplace")
        << EventActor::ofMarketplace(QStringLiteral("billing_center"))
        << QStringLiteral("billing_center");
    QTest::newRow("system") << EventActor::system() << QStringLiteral("system");
}

void TestEventDescriptions::actor()
{
    QFETCH(EventActor, actor);
    QFETCH(QString, text);
    QCOMPARE(EventDescriptions::actor(actor), text);
}

void TestEventDescriptions::everyKindAndReasonHasWords()
{
    QSet<QString> kinds;
    for (EventKind kind : {EventKind::Created, EventKind::SettlementChanged, EventKind::LockPending,
                           EventKind::Locked, EventKind::Unlocked})
        kinds.insert(EventDescriptions::kind(kind));
    QCOMPARE(kinds.size(), 5);
    QVERIFY(!kinds.contains(QString()));
    QCOMPARE(EventDescriptions::kind(EventKind::SettlementChanged),
             QStringLiteral("settlement changed"));

    QSet<QString> reasons;
    for (const char *wire :
         {"user_change", "subscription_released", "subscription_expired", "subscription_renewed",
          "arrears", "recharged", "lock_due", "claimed", "history_started"}) {
        const auto reason = eventReasonFromWire(QString::fromLatin1(wire));
        QVERIFY2(reason, wire);
        const QString text = EventDescriptions::reason(*reason);
        QVERIFY2(!text.isEmpty() && !text.contains(u'_'), wire);
        reasons.insert(text);
    }
    QCOMPARE(reasons.size(), 9);
    QCOMPARE(EventDescriptions::reason(EventReason::SubscriptionReleased),
             QStringLiteral("subscription released"));
}

void TestEventDescriptions::whenIsLocalTime()
{
    QCOMPARE(EventDescriptions::when(kAt), QStringLiteral("2026-11-26 08:30:15"));
    QCOMPARE(EventDescriptions::when(kAt.addSecs(16 * 3600)),
             QStringLiteral("2026-11-27 00:30:15"));
}

void TestEventDescriptions::change_data()
{
    QTest::addColumn<SettlementEvent>("event");
    QTest::addColumn<QString>("text");

    QTest::newRow("released") << released()
                              << QStringLiteral("Alibaba Cloud account settlement, instance "
                                                "6227091 → Billing Center account");
    QTest::newRow("bound by a user")
        << userChange(QStringLiteral("demo"))
        << QStringLiteral("Billing Center account → Alibaba Cloud account settlement, "
                          "instance 6227091");

    SettlementEvent otherInstance = userChange(QStringLiteral("demo"));
    otherInstance.from = aliyun();
    otherInstance.to = aliyun(QStringLiteral("6227555"));
    QTest::newRow("another instance")
        << otherInstance
        << QStringLiteral("Alibaba Cloud account settlement, instance 6227091 → Alibaba Cloud "
                          "account settlement, instance 6227555");

    SettlementEvent created =
        makeEvent(QStringLiteral("evt_3"), EventKind::Created,
                  EventActor::user(QStringLiteral("demo")), EventReason::UserChange);
    created.to = Settlement();
    created.to->method = SettlementMethod::Aws;
    created.to->since = kAt;
    QTest::newRow("created without its subscription")
        << created << QStringLiteral("AWS account settlement");
    created.to = aws();
    QTest::newRow("created on AWS")
        << created << QStringLiteral("AWS subscription aws-0123456789abcdef0123");

    QTest::newRow("AWS released") << released(QStringLiteral("evt_a"), aws())
                                  << QStringLiteral("AWS subscription aws-0123456789abcdef0123 → "
                                                    "Billing Center account");
    QTest::newRow("Huawei Cloud released")
        << released(QStringLiteral("evt_h"), huawei())
        << QStringLiteral("Huawei Cloud account 0a1b2c3d4e5f60718293a4b5c6d7e8f9, instance "
                          "hw0123456789abcdef0123 → Billing Center account");
    SettlementEvent toAzure = userChange(QStringLiteral("demo"));
    toAzure.to = azure();
    QTest::newRow("bound to Azure") << toAzure
                                    << QStringLiteral("Billing Center account → Azure subscription "
                                                      "3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    SettlementEvent pending = makeEvent(QStringLiteral("evt_4"), EventKind::LockPending,
                                        EventActor::ofMarketplace(QStringLiteral("aliyun")),
                                        EventReason::SubscriptionExpired);
    pending.lockAt = kAt.addDays(14);
    QTest::newRow("lock pending with its date")
        << pending << QStringLiteral("active → lock pending (locks on 2026-12-10 08:30:15)");

    SettlementEvent locked = makeEvent(QStringLiteral("evt_5"), EventKind::Locked,
                                       EventActor::system(), EventReason::LockDue);
    QTest::newRow("locked") << locked << QStringLiteral("lock pending → locked");

    SettlementEvent unlocked = makeEvent(QStringLiteral("evt_6"), EventKind::Unlocked,
                                         EventActor::ofMarketplace(QStringLiteral("aliyun")),
                                         EventReason::SubscriptionRenewed);
    unlocked.fromStatus = WorkspaceStatus::Locked;
    unlocked.toStatus = WorkspaceStatus::Active;
    QTest::newRow("unlocked from locked") << unlocked << QStringLiteral("locked → active");
}

void TestEventDescriptions::change()
{
    QFETCH(SettlementEvent, event);
    QFETCH(QString, text);
    QCOMPARE(EventDescriptions::change(event), text);
}

void TestEventDescriptions::summaryHasEveryPart()
{
    const QStringList lines = EventDescriptions::summary(released()).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("2026-11-26 08:30:15 · Alibaba Cloud Marketplace"));
    QCOMPARE(lines.at(1), EventDescriptions::change(released()));
    QCOMPARE(lines.at(2), QStringLiteral("subscription released"));

    SettlementEvent created = makeEvent(QStringLiteral("evt_3"), EventKind::Created,
                                        EventActor::system(), EventReason::HistoryStarted);
    created.to = billingCenter();
    QCOMPARE(EventDescriptions::summary(created).split(u'\n').at(1),
             QStringLiteral("created: Billing Center account"));
}

void TestEventDescriptions::summaryNamesEachMarketplace_data()
{
    QTest::addColumn<SettlementEvent>("event");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("what");
    QTest::newRow("aws") << released(QStringLiteral("evt_a"), aws())
                         << QStringLiteral("AWS Marketplace")
                         << QStringLiteral("AWS subscription aws-0123456789abcdef0123");
    QTest::newRow("huawei") << released(QStringLiteral("evt_h"), huawei())
                            << QStringLiteral("Huawei Cloud KooGallery")
                            << QStringLiteral(
                                   "Huawei Cloud account 0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    QTest::newRow("azure") << released(QStringLiteral("evt_z"), azure())
                           << QStringLiteral("Azure Marketplace")
                           << QStringLiteral("Azure subscription 3f2504e0");
    QTest::newRow("aliyun") << released(QStringLiteral("evt_l"), aliyun())
                            << QStringLiteral("Alibaba Cloud Marketplace")
                            << QStringLiteral("Alibaba Cloud account settlement, instance 6227091");
}

void TestEventDescriptions::summaryNamesEachMarketplace()
{
    QFETCH(SettlementEvent, event);
    QFETCH(QString, who);
    QFETCH(QString, what);
    const QStringList lines = EventDescriptions::summary(event).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).endsWith(u" · " + who), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(what), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("subscription released"));
}

QTEST_GUILESS_MAIN(TestEventDescriptions)
#include "tst_event_descriptions.moc"
