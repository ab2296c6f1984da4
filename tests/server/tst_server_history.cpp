// The settlement history and audit log (issue 16): every path that changes a workspace's
// settlement or status writes exactly one event, a replayed request or marketplace callback
// none; the history and the audit log are account-scoped, filtered and paged; a database
// from before the history gets one `created` event per workspace.
#include "ApiHelpers.h"
#include "ReplyChecks.h"
#include "SettlementEvent.h"
#include "TestServer.h"
#include "TwoAccountTest.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace billing;
using namespace billing::test;

namespace {
const QString kWorkspaces = QStringLiteral("/api/v1/workspaces");
const QString kBatch = QStringLiteral("/api/v1/settlement-changes");
const QString kAudit = QStringLiteral("/api/v1/audit");

QString idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toString();
}

QList<SettlementEvent> eventsOf(const QJsonArray &items, QString *error)
{
    QList<SettlementEvent> events;
    for (const QJsonValue &item : items) {
        QString field;
        const auto event = SettlementEvent::fromJson(item.toObject(), &field);
        if (!event) {
            *error = QStringLiteral("not an event (%1): %2")
                         .arg(field, QString::fromUtf8(compactJson(item.toObject())));
            return {};
        }
        events << *event;
    }
    return events;
}

QueryItems auditQuery(std::initializer_list<QPair<QString, QString>> items)
{
    return QueryItems(items);
}
} // namespace

class TestServerHistory : public TwoAccountTest
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
    void marketplaceLifecycleWritesOneEventPerStep();
    void signedCallbacksAreRecordedOnce();
    void migrationStartsTheHistoryOfOlderWorkspaces();

private:
    QList<SettlementEvent> history(HttpClient &client, const QString &workspaceId);
    QList<SettlementEvent> audit(HttpClient &client, const QueryItems &query);
    QString newWorkspace(HttpClient &client, const QString &name = {});
    QString newInstance();
    QJsonObject aliyun(const QString &instanceId) const;

    QString m_uid;
};

void TestServerHistory::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-03-05T04:00:00Z"), QStringLiteral("hist")));
    m_uid = uniqueUid();
}

void TestServerHistory::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

QList<SettlementEvent> TestServerHistory::history(HttpClient &client, const QString &workspaceId)
{
    QString error;
    const QJsonArray items =
        listAll(client, kWorkspaces + u'/' + workspaceId + QStringLiteral("/history"), {}, &error);
    const QList<SettlementEvent> events =
        error.isEmpty() ? eventsOf(items, &error) : QList<SettlementEvent>{};
    if (!error.isEmpty())
        qWarning("history: %s", qPrintable(error));
    return events;
}

QList<SettlementEvent> TestServerHistory::audit(HttpClient &client, const QueryItems &query)
{
    QString error;
    const QJsonArray items = listAll(client, kAudit, query, &error);
    const QList<SettlementEvent> events =
        error.isEmpty() ? eventsOf(items, &error) : QList<SettlementEvent>{};
    if (!error.isEmpty())
        qWarning("audit: %s", qPrintable(error));
    return events;
}

QString TestServerHistory::newWorkspace(HttpClient &client, const QString &name)
{
    QString error;
    const QJsonObject ws = createWorkspace(
        client,
        workspaceBody(name.isEmpty() ? uniqueName(QStringLiteral("hist-ws-")) : name,
                      QStringLiteral("cn1")),
        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return idOf(ws);
}

QString TestServerHistory::newInstance()
{
    QString error;
    const QJsonObject instance = createSandboxInstance(m_anon, m_uid, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return instance.value(QLatin1String("instanceId")).toString();
}

QJsonObject TestServerHistory::aliyun(const QString &instanceId) const
{
    return settlementBody(QStringLiteral("aliyun"), m_uid, instanceId);
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

    const QList<SettlementEvent> events = audit(
        m_alice, auditQuery({{QStringLiteral("event"), QStringLiteral("settlement_changed")}}));
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
    db.setDatabaseName(m_server.dbPath());
    QVERIFY(db.open());
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

void TestServerHistory::marketplaceLifecycleWritesOneEventPerStep()
{
    const QString instance = newInstance();
    QStringList alices;
    QString error;
    for (int i = 0; i < 2; ++i) {
        alices << idOf(createWorkspace(m_alice,
                                       workspaceBody(uniqueName(QStringLiteral("bound-")),
                                                     QStringLiteral("cn1"), aliyun(instance)),
                                       &error));
        VERIFY_NO_ERROR(error);
    }
    const QString bobs =
        idOf(createWorkspace(m_bob,
                             workspaceBody(uniqueName(QStringLiteral("bound-")),
                                           QStringLiteral("cn1"), aliyun(instance)),
                             &error));
    VERIFY_NO_ERROR(error);
    const EventActor marketplace = EventActor::ofMarketplace(QStringLiteral("aliyun"));

    auto step = [&](const QString &action) {
        QString why;
        sandboxInstanceAction(m_anon, instance, action, &why);
        return why;
    };
    // Each step twice: the marketplace retries its callbacks.
    VERIFY_NO_ERROR(step(QStringLiteral("expire")));
    VERIFY_NO_ERROR(step(QStringLiteral("expire")));
    VERIFY_NO_ERROR(step(QStringLiteral("renew")));
    VERIFY_NO_ERROR(step(QStringLiteral("renew")));
    VERIFY_NO_ERROR(step(QStringLiteral("expire")));
    const QList<SettlementEvent> pending = history(m_alice, alices.first());
    QCOMPARE(pending.size(), 4); // created, lock_pending, unlocked, lock_pending
    QCOMPARE(pending.at(0).event, EventKind::LockPending);
    QCOMPARE(pending.at(0).reason, EventReason::SubscriptionExpired);
    QCOMPARE(pending.at(0).actor, marketplace);
    QVERIFY(pending.at(0).lockAt.isValid());
    QCOMPARE(pending.at(0).toStatus, std::optional(WorkspaceStatus::LockPending));
    QCOMPARE(pending.at(1).event, EventKind::Unlocked);
    QCOMPARE(pending.at(1).reason, EventReason::SubscriptionRenewed);
    QCOMPARE(pending.at(2).event, EventKind::LockPending);

    // The countdown ends: one `locked` event by the system, however often the log is read.
    VERIFY_NO_ERROR(moveClockTo(pending.at(0).lockAt.addSecs(60)));
    for (int i = 0; i < 3; ++i)
        audit(m_alice, {});
    const QList<SettlementEvent> locked = history(m_alice, alices.first());
    QCOMPARE(locked.size(), 5);
    QCOMPARE(locked.first().event, EventKind::Locked);
    QCOMPARE(locked.first().actor, EventActor::system());
    QCOMPARE(locked.first().reason, EventReason::LockDue);
    QCOMPARE(locked.first().at, pending.at(0).lockAt);

    VERIFY_NO_ERROR(step(QStringLiteral("release")));
    VERIFY_NO_ERROR(step(QStringLiteral("release")));
    const QList<SettlementEvent> released =
        audit(m_alice, {{QStringLiteral("actor"), QStringLiteral("marketplace:aliyun")},
                        {QStringLiteral("event"), QStringLiteral("settlement_changed")}});
    QCOMPARE(released.size(), 2); // one per workspace of this account
    for (const SettlementEvent &event : released) {
        QVERIFY(alices.contains(event.workspaceId));
        QCOMPARE(event.actor, marketplace);
        QCOMPARE(event.reason, EventReason::SubscriptionReleased);
        QCOMPARE(event.from->instanceId, instance);
        QCOMPARE(event.to->method, SettlementMethod::BillingCenter);
        QCOMPARE(event.fromStatus, std::optional(WorkspaceStatus::Locked));
        QCOMPARE(event.toStatus, std::optional(WorkspaceStatus::Active));
    }
    const QList<SettlementEvent> bobsHistory = history(m_bob, bobs);
    QCOMPARE(bobsHistory.size(), 6);
    QCOMPARE(bobsHistory.first().reason, EventReason::SubscriptionReleased);
}

void TestServerHistory::signedCallbacksAreRecordedOnce()
{
    const QString instance = newInstance();
    QString error;
    const QString id = idOf(createWorkspace(
        m_alice,
        workspaceBody(uniqueName(QStringLiteral("spi-")), QStringLiteral("cn1"), aliyun(instance)),
        &error));
    VERIFY_NO_ERROR(error);
    const QueryItems expired{{QStringLiteral("action"), QStringLiteral("expiredInstance")},
                             {QStringLiteral("instanceId"), instance}};
    const QueryItems released{{QStringLiteral("action"), QStringLiteral("releaseInstance")},
                              {QStringLiteral("instanceId"), instance},
                              {QStringLiteral("isRefund"), QStringLiteral("false")}};
    for (const QueryItems &params : {expired, expired, released, released})
        VERIFY_STATUS(callSpi(m_anon, params, m_server.spiKey()), 200);
    // A callback with a bad token is refused and records nothing.
    VERIFY_STATUS(callSpi(m_anon, released, QByteArrayLiteral("wrong-key")), 403);

    const QList<SettlementEvent> events = history(m_alice, id);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).reason, EventReason::SubscriptionReleased);
    QCOMPARE(events.at(1).reason, EventReason::SubscriptionExpired);
    QCOMPARE(events.at(0).actor, EventActor::ofMarketplace(QStringLiteral("aliyun")));
    QCOMPARE(events.at(1).actor, EventActor::ofMarketplace(QStringLiteral("aliyun")));
}

void TestServerHistory::migrationStartsTheHistoryOfOlderWorkspaces()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient anon(server.baseUrl());
    const Session session = registerAccount(anon, uniqueName(QStringLiteral("older")));
    VERIFY_NO_ERROR(session.error);
    HttpClient client(server.baseUrl(), session.token);
    const QString first = newWorkspace(client);
    const QString second = newWorkspace(client);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));

    // Back to the schema before the history: no events table, user_version 1.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(server.dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE events")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE workspaces DROP COLUMN last_event_seq")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    anon.setBaseUrl(server.baseUrl()); // a new port
    client.setBaseUrl(server.baseUrl());
    const Session again = login(anon, session.username, session.password);
    VERIFY_NO_ERROR(again.error);
    client.setToken(again.token);
    for (const QString &id : {first, second}) {
        const QList<SettlementEvent> events = history(client, id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, EventKind::Created);
        QCOMPARE(events.first().actor, EventActor::system());
        QCOMPARE(events.first().reason, EventReason::HistoryStarted);
        QCOMPARE(events.first().to->method, SettlementMethod::BillingCenter);
    }
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_server_history.moc"
