// The settlement history and audit log (issue 16), a user's paths: creation, a change and a
// batch each write exactly one event per change, a replayed request none; the history and the
// audit log are account-scoped, filtered and paged, their totals exact; the log is
// append-only in the database itself. Marketplace paths: tst_server_history_marketplace.
#include "HistoryTest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace billing;
using namespace billing::test;

class TestServerHistory : public HistoryTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void creationWritesOneCreatedEvent();
    void userChangeWritesOneEventAndAReplayNone();
    void batchWritesOneEventPerAppliedChange();
    void historyIsAccountScoped();
    void auditFiltersAndPages();
    void auditTotalsFollowNewEvents();
    void auditRefusesBadFilters_data();
    void auditRefusesBadFilters();
    void auditRefusesAPeriodThatEndsBeforeItStarts();
    void eventsCannotBeEditedOrDeleted();
};

void TestServerHistory::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-03-05T04:00:00Z"), QStringLiteral("hist")));
}

void TestServerHistory::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerHistory::creationWritesOneCreatedEvent()
{
    const QString id = newWorkspace(m_alice, QStringLiteral("history \"created\", 历史"));
    QVERIFY(!id.isEmpty());
    const QList<SettlementEvent> events = history(m_alice, id);
    QCOMPARE(events.size(), 1);
    const SettlementEvent &created = events.first();
    QCOMPARE(created.event, EventKind::Created);
    QCOMPARE(created.actor, EventActor::user(m_aliceSession.username));
    QCOMPARE(created.reason, EventReason::UserChange);
    QCOMPARE(created.workspaceId, id);
    QCOMPARE(created.workspaceName, QStringLiteral("history \"created\", 历史"));
    QVERIFY(!created.from);
    QVERIFY(created.to);
    QCOMPARE(created.to->method, SettlementMethod::BillingCenter);
    QVERIFY(created.id.startsWith(u"ev_"));
    QVERIFY(!created.requestId.isEmpty());
}

void TestServerHistory::userChangeWritesOneEventAndAReplayNone()
{
    const QString id = newWorkspace(m_alice);
    const QString instance = newInstance();
    const HeaderList key{{"Idempotency-Key", "history-put-1"}};
    const QString path = kWorkspaces + u'/' + id + QStringLiteral("/settlement");
    VERIFY_STATUS(m_alice.put(path, aliyun(instance), key), 200);
    VERIFY_STATUS(m_alice.put(path, aliyun(instance), key), 200); // replayed: same reply
    // The same binding again, as a new request: nothing changes, nothing is recorded.
    m_alice.put(path, aliyun(instance), {{"Idempotency-Key", "history-put-2"}});

    const QList<SettlementEvent> events = history(m_alice, id);
    QCOMPARE(events.size(), 2);
    const SettlementEvent &changed = events.first(); // newest first
    QCOMPARE(changed.event, EventKind::SettlementChanged);
    QCOMPARE(changed.reason, EventReason::UserChange);
    QCOMPARE(changed.actor, EventActor::user(m_aliceSession.username));
    QCOMPARE(changed.requestId, QStringLiteral("history-put-1"));
    QVERIFY(changed.from && changed.to);
    QCOMPARE(changed.from->method, SettlementMethod::BillingCenter);
    QCOMPARE(changed.to->method, SettlementMethod::Aliyun);
    QCOMPARE(changed.to->instanceId, instance);
    QCOMPARE(changed.to->aliyunAccountId, m_uid);
    QVERIFY(!changed.fromStatus && !changed.toStatus);
    QCOMPARE(events.last().event, EventKind::Created);
}

void TestServerHistory::batchWritesOneEventPerAppliedChange()
{
    const QString instance = newInstance();
    QStringList ids;
    QJsonArray changes;
    for (int i = 0; i < 3; ++i) {
        ids << newWorkspace(m_alice);
        QJsonObject change = aliyun(instance);
        change.insert(QStringLiteral("workspaceId"), ids.last());
        changes.append(change);
    }
    QJsonObject missing = aliyun(instance);
    missing.insert(QStringLiteral("workspaceId"), QStringLiteral("ws_00000000deadbeef"));
    changes.append(missing);
    QJsonObject invalid{{QStringLiteral("workspaceId"), ids.first()},
                        {QStringLiteral("method"), QStringLiteral("carrier_pigeon")}};
    changes.append(invalid);
    const QJsonObject body{{QStringLiteral("changes"), changes}};
    const HeaderList key{{"Idempotency-Key", "history-batch-1"}};
    VERIFY_STATUS(m_alice.post(kBatch, body, key), 200);
    VERIFY_STATUS(m_alice.post(kBatch, body, key), 200); // replayed

    const QList<SettlementEvent> events =
        audit(m_alice, QueryItems{{QStringLiteral("event"), QStringLiteral("settlement_changed")}});
    QList<SettlementEvent> ofBatch;
    for (const SettlementEvent &event : events) {
        if (event.requestId == u"history-batch-1")
            ofBatch << event;
    }
    QCOMPARE(ofBatch.size(), 3);
    QStringList seen;
    for (const SettlementEvent &event : std::as_const(ofBatch)) {
        QCOMPARE(event.actor, EventActor::user(m_aliceSession.username));
        QCOMPARE(event.to->instanceId, instance);
        seen << event.workspaceId;
    }
    seen.sort();
    ids.sort();
    QCOMPARE(seen, ids);
}

void TestServerHistory::historyIsAccountScoped()
{
    const QString alices = newWorkspace(m_alice);
    const QString bobs = newWorkspace(m_bob);
    VERIFY_ERROR(m_bob.get(kWorkspaces + u'/' + alices + QStringLiteral("/history")), 404,
                 "not_found");
    VERIFY_ERROR(m_alice.get(kWorkspaces + QStringLiteral("/ws_00000000deadbeef/history")), 404,
                 "not_found");
    const HttpReply anonymous =
        m_anon.get(kWorkspaces + u'/' + alices + QStringLiteral("/history"));
    VERIFY_ERROR(anonymous, 401, "unauthenticated");
    VERIFY_ERROR(m_anon.get(kAudit), 401, "unauthenticated");

    QString error;
    QCOMPARE(listTotal(m_bob, kAudit, {{QStringLiteral("workspaceId"), alices}}, &error), 0);
    const QList<SettlementEvent> bobsLog = audit(m_bob, {});
    QVERIFY(!bobsLog.isEmpty());
    for (const SettlementEvent &event : bobsLog)
        QCOMPARE(event.actor.username, m_bobSession.username);
    QCOMPARE(history(m_bob, bobs).size(), 1);
}

void TestServerHistory::auditFiltersAndPages()
{
    const QString first = newWorkspace(m_alice);
    const QDateTime later = utc("2031-03-05T05:00:00Z");
    VERIFY_STATUS(setClock(m_anon, later), 200);
    const QString second = newWorkspace(m_alice);

    const QString user = QStringLiteral("user:") + m_aliceSession.username;
    const QList<SettlementEvent> all = audit(m_alice, {});
    QVERIFY(all.size() >= 2);
    QCOMPARE(all.first().workspaceId, second); // newest first
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).at >= all.at(i).at);

    const QList<SettlementEvent> since =
        audit(m_alice, {{QStringLiteral("since"), QStringLiteral("2031-03-05T05:00:00Z")}});
    QCOMPARE(since.size(), 1);
    QCOMPARE(since.first().workspaceId, second);
    const QList<SettlementEvent> until =
        audit(m_alice, {{QStringLiteral("until"), QStringLiteral("2031-03-05T05:00:00Z")}});
    QCOMPARE(until.size(), all.size() - 1);
    QVERIFY(std::none_of(until.cbegin(), until.cend(),
                         [&](const SettlementEvent &e) { return e.workspaceId == second; }));

    QCOMPARE(audit(m_alice, {{QStringLiteral("workspaceId"), first}}).size(), 1);
    QCOMPARE(audit(m_alice, {{QStringLiteral("actor"), user}}).size(), all.size());
    QCOMPARE(audit(m_alice, {{QStringLiteral("actor"), QStringLiteral("user")}}).size(),
             all.size());
    QCOMPARE(
        audit(m_alice, {{QStringLiteral("actor"), QStringLiteral("user:someone-else")}}).size(), 0);
    QCOMPARE(audit(m_alice, {{QStringLiteral("actor"), QStringLiteral("system")}}).size(), 0);
    const QList<SettlementEvent> created =
        audit(m_alice, {{QStringLiteral("event"), QStringLiteral("created")}});
    QVERIFY(!created.isEmpty());
    for (const SettlementEvent &event : created)
        QCOMPARE(event.event, EventKind::Created);

    // Pages of two follow each other without gaps or repeats; every page says the total.
    QString error;
    const QJsonArray paged =
        listAll(m_alice, kAudit, {{QStringLiteral("limit"), QStringLiteral("2")}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(paged.at(i).toObject().value(QLatin1String("id")).toString(), all.at(i).id);
    QCOMPARE(listTotal(m_alice, kAudit, {{QStringLiteral("limit"), QStringLiteral("2")}}, &error),
             all.size());
    // The same by one workspace's index, and through the workspace's own history.
    QHash<QString, int> perWorkspace;
    for (const SettlementEvent &event : all)
        ++perWorkspace[event.workspaceId];
    const QString watched = std::max_element(perWorkspace.cbegin(), perWorkspace.cend()).key();
    const QList<SettlementEvent> ofOne = audit(m_alice, {{QStringLiteral("workspaceId"), watched}});
    const QJsonArray ofOnePaged = listAll(
        m_alice, kAudit,
        {{QStringLiteral("workspaceId"), watched}, {QStringLiteral("limit"), QStringLiteral("1")}},
        &error);
    VERIFY_NO_ERROR(error);
    QVERIFY(ofOne.size() >= 2);
    QCOMPARE(ofOnePaged.size(), ofOne.size());
    const QJsonArray historyPaged =
        listAll(m_alice, kWorkspaces + u'/' + watched + QStringLiteral("/history"),
                {{QStringLiteral("limit"), QStringLiteral("1")}}, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(historyPaged.size(), ofOne.size());
    for (qsizetype i = 0; i < ofOne.size(); ++i) {
        QCOMPARE(ofOnePaged.at(i).toObject().value(QLatin1String("id")).toString(), ofOne.at(i).id);
        QCOMPARE(historyPaged.at(i).toObject().value(QLatin1String("id")).toString(),
                 ofOne.at(i).id);
    }
}

void TestServerHistory::auditTotalsFollowNewEvents()
{
    // Totals are counted once and then kept up to date as events are appended: each filter's
    // total must stay what a fresh count of its pages gives.
    const QString watched = newWorkspace(m_alice);
    const QList<QueryItems> filters{
        {},
        {{QStringLiteral("event"), QStringLiteral("settlement_changed")}},
        {{QStringLiteral("workspaceId"), watched}},
        {{QStringLiteral("actor"), QStringLiteral("user:") + m_aliceSession.username},
         {QStringLiteral("event"), QStringLiteral("created")}},
        {{QStringLiteral("since"), QStringLiteral("2031-03-05T04:30:00Z")}},
        {{QStringLiteral("until"), QStringLiteral("2031-03-05T04:30:00Z")}},
    };
    QString error;
    for (const QueryItems &filter : filters)
        listTotal(m_alice, kAudit, filter, &error); // counted and kept from now on
    VERIFY_NO_ERROR(error);
    newWorkspace(m_alice);
    newWorkspace(m_bob);
    const QString instance = newInstance();
    VERIFY_STATUS(
        m_alice.put(kWorkspaces + u'/' + watched + QStringLiteral("/settlement"), aliyun(instance)),
        200);
    for (const QueryItems &filter : filters) {
        const qint64 total = listTotal(m_alice, kAudit, filter, &error);
        VERIFY_NO_ERROR(error);
        QCOMPARE(total, qint64(audit(m_alice, filter).size()));
    }
    QCOMPARE(listTotal(m_alice, kAudit, filters.at(2), &error), 2);
}

void TestServerHistory::auditRefusesBadFilters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("faulty");
    QTest::newRow("since") << "since"
                           << "yesterday"
                           << "since";
    QTest::newRow("until") << "until"
                           << "2031-13-01T00:00:00Z"
                           << "until";
    QTest::newRow("actor kind") << "actor"
                                << "robot"
                                << "actor";
    QTest::newRow("system has no name") << "actor"
                                        << "system:cron"
                                        << "actor";
    QTest::newRow("empty name") << "actor"
                                << "user:"
                                << "actor";
    QTest::newRow("event") << "event"
                           << "deleted"
                           << "event";
    QTest::newRow("limit") << "limit"
                           << "0"
                           << "limit";
}

void TestServerHistory::auditRefusesBadFilters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, faulty);
    const HttpReply reply = m_alice.get(kAudit, {{field, value}});
    VERIFY_ERROR(reply, 422, "validation_failed");
    VERIFY_FIELDS(reply, faulty);
}

void TestServerHistory::auditRefusesAPeriodThatEndsBeforeItStarts()
{
    const HttpReply backwards =
        m_alice.get(kAudit, {{QStringLiteral("since"), QStringLiteral("2031-03-05T05:00:00Z")},
                             {QStringLiteral("until"), QStringLiteral("2031-03-05T05:00:00Z")}});
    VERIFY_ERROR(backwards, 422, "validation_failed");
    VERIFY_FIELDS(backwards, QStringLiteral("until"));
}

void TestServerHistory::eventsCannotBeEditedOrDeleted()
{
    // The log is append-only in the database itself, not only by the server's habits.
    QSqlDatabase db = m_server.openDatabaseConnection(QStringLiteral("ro"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next());
        const qint64 before = query.value(0).toLongLong();
        QVERIFY(before > 0);
        QVERIFY(!query.exec(QStringLiteral("UPDATE events SET reason = 'user_change'")));
        QVERIFY(query.lastError().text().contains(u"append-only"));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM events")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), before);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
}

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_server_history.moc"
