// The Activity tab's filter without the tab: the default period, what cannot be sent, the
// server's AuditFilter (whole local days, a workspace only by ID) and the local match of a
// part of a name, and the actor and event choices.
#include "ActivityQuery.h"
#include "EventDescriptions.h"
#include "EventFixtures.h"

#include <QTest>

using namespace billing;
using namespace billing::test::events;

namespace {
const QDate kToday(2026, 11, 26);
const QTimeZone kBeijing("Asia/Shanghai");
} // namespace

class TestActivityQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsTheLastThirtyDays();
    void problem_data();
    void problem();
    void periodIsWholeLocalDays();
    void workspaceIdGoesToTheServer();
    void partOfANameIsMatchedLocally_data();
    void partOfANameIsMatchedLocally();
    void actorChoicesAreAuditFilters();
    void eventChoices();
    void userNamesOnceSorted();
};

void TestActivityQuery::defaultIsTheLastThirtyDays()
{
    const ActivityQuery query = ActivityQuery::lastDays(30, kToday);
    QCOMPARE(query.from, QDate(2026, 10, 28));
    QCOMPARE(query.to, kToday);
    QCOMPARE(query.from.daysTo(query.to) + 1, 30);
    QVERIFY(query.workspace.isEmpty() && query.actor.isEmpty() && !query.event);
    QCOMPARE(query.problem(), QString());
    QCOMPARE(ActivityQuery::lastDays(0, kToday).from, kToday);
}

void TestActivityQuery::problem_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("ok");
    QTest::newRow("one day") << kToday << kToday << QString() << true;
    QTest::newRow("a user") << kToday.addDays(-3) << kToday << QStringLiteral("user:demo") << true;
    QTest::newRow("ends before it starts") << kToday << kToday.addDays(-1) << QString() << false;
    QTest::newRow("no first day") << QDate() << kToday << QString() << false;
    QTest::newRow("no last day") << kToday << QDate() << QString() << false;
    QTest::newRow("not an actor") << kToday << kToday << QStringLiteral("robot") << false;
    QTest::newRow("system has no name")
        << kToday << kToday << QStringLiteral("system:cron") << false;
}

void TestActivityQuery::problem()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, actor);
    QFETCH(bool, ok);
    ActivityQuery query;
    query.from = from;
    query.to = to;
    query.actor = actor;
    QCOMPARE(query.problem().isEmpty(), ok);
}

void TestActivityQuery::periodIsWholeLocalDays()
{
    ActivityQuery query = ActivityQuery::lastDays(2, kToday);
    query.actor = QStringLiteral("marketplace:aliyun");
    query.event = EventKind::SettlementChanged;
    const AuditFilter filter = query.toFilter(kBeijing);
    // Beijing midnight is 16:00 UTC the day before.
    QCOMPARE(filter.since, QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
    QCOMPARE(filter.until, QDateTime(QDate(2026, 11, 26), QTime(16, 0), Qt::UTC));
    QCOMPARE(filter.actorToWire(), QStringLiteral("marketplace:aliyun"));
    QCOMPARE(filter.event, std::optional(EventKind::SettlementChanged));
    QVERIFY(filter.workspaceId.isEmpty());

    // The last second of the last day is in, the first of the next day is out.
    SettlementEvent e = released();
    e.at = filter.until.addSecs(-1);
    QVERIFY(filter.matches(e));
    e.at = filter.until;
    QVERIFY(!filter.matches(e));
}

void TestActivityQuery::workspaceIdGoesToTheServer()
{
    ActivityQuery query = ActivityQuery::lastDays(30, kToday);
    query.workspace = QStringLiteral("  ws_00000000000000a1 ");
    QCOMPARE(query.toFilter(kBeijing).workspaceId, QStringLiteral("ws_00000000000000a1"));
    QVERIFY(!query.filtersLocally());
    QVERIFY(query.matches(released()));
}

void TestActivityQuery::partOfANameIsMatchedLocally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("part of the name") << QStringLiteral("checkout") << true;
    QTest::newRow("part of the id") << QStringLiteral("00a1") << true;
    QTest::newRow("another name") << QStringLiteral("payments") << false;
    QTest::newRow("another id") << QStringLiteral("ws_00000000000000b2") << true; // server's job
}

void TestActivityQuery::partOfANameIsMatchedLocally()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    ActivityQuery query = ActivityQuery::lastDays(30, kToday);
    query.workspace = text;
    QCOMPARE(query.matches(released()), matches);
    QVERIFY(query.toFilter(kBeijing).workspaceId.isEmpty() || !query.filtersLocally());
}

void TestActivityQuery::actorChoicesAreAuditFilters()
{
    const QList<ActivityQuery::Choice> choices =
        ActivityQuery::actorChoices({QStringLiteral("demo"), QStringLiteral("li.wei")});
    QStringList values;
    for (const ActivityQuery::Choice &choice : choices) {
        values << choice.value;
        QVERIFY2(!choice.text.isEmpty(), qPrintable(choice.value));
        AuditFilter filter;
        QVERIFY2(choice.value.isEmpty() || filter.setActorFromWire(choice.value),
                 qPrintable(choice.value));
    }
    QCOMPARE(values,
             (QStringList{QString(), u"user"_qs, u"user:demo"_qs, u"user:li.wei"_qs,
                          u"marketplace"_qs, u"marketplace:aliyun"_qs, u"marketplace:aws"_qs,
                          u"marketplace:huawei"_qs, u"marketplace:azure"_qs, u"system"_qs}));
    QCOMPARE(choices.at(5).text, QStringLiteral("Alibaba Cloud Marketplace"));
    QCOMPARE(choices.at(2).text, QStringLiteral("demo"));
}

void TestActivityQuery::eventChoices()
{
    const QList<ActivityQuery::Choice> choices = ActivityQuery::eventChoices();
    QCOMPARE(choices.size(), 6);
    QVERIFY(choices.first().value.isEmpty());
    for (qsizetype i = 1; i < choices.size(); ++i) {
        const auto kind = eventKindFromWire(choices.at(i).value);
        QVERIFY2(kind, qPrintable(choices.at(i).value));
        QCOMPARE(choices.at(i).text, EventDescriptions::kind(*kind));
    }
}

void TestActivityQuery::userNamesOnceSorted()
{
    const QList<SettlementEvent> events{userChange(QStringLiteral("zhang")), released(),
                                        userChange(QStringLiteral("Li.wei")),
                                        userChange(QStringLiteral("zhang"))};
    QCOMPARE(ActivityQuery::userNames(events, QStringLiteral("demo")),
             (QStringList{u"demo"_qs, u"Li.wei"_qs, u"zhang"_qs}));
    QCOMPARE(ActivityQuery::userNames({}, {}), QStringList());
}

QTEST_GUILESS_MAIN(TestActivityQuery)
#include "tst_activity_query.moc"
