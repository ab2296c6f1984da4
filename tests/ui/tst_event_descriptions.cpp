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
    created.to = Settlement{
        SettlementMethod::Aws, {}, {}, {}, QStringLiteral("aws-de30000000000000a001"), kAt};
    QTest::newRow("created") << created << QStringLiteral("AWS account settlement");

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

QTEST_GUILESS_MAIN(TestEventDescriptions)
#include "tst_event_descriptions.moc"
