// The settlement history (issue 16), the marketplace's and the system's paths: expire, renew,
// release (sandbox and signed callbacks) and the end of a lock countdown each write one event
// per workspace, a repeated callback none; a database from before the history gets one
// `created` event per workspace.
#include "HistoryTest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace billing;
using namespace billing::test;

class TestServerHistoryMarketplace : public HistoryTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void marketplaceLifecycleWritesOneEventPerStep();
    void signedCallbacksAreRecordedOnce();
    void migrationStartsTheHistoryOfOlderWorkspaces();
};

void TestServerHistoryMarketplace::initTestCase()
{
    VERIFY_NO_ERROR(startWithTwoAccounts(utc("2031-03-05T04:00:00Z"), QStringLiteral("histm")));
}

void TestServerHistoryMarketplace::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestServerHistoryMarketplace::marketplaceLifecycleWritesOneEventPerStep()
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

void TestServerHistoryMarketplace::signedCallbacksAreRecordedOnce()
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

void TestServerHistoryMarketplace::migrationStartsTheHistoryOfOlderWorkspaces()
{
    if (TestServer::onPostgres())
        QSKIP("downgrades a SQLite file to schema version 1 (PRAGMA user_version); a PostgreSQL "
              "database starts at the current schema");
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    HttpClient anon(server.baseUrl());
    const Session session = registerAccount(anon, uniqueName(QStringLiteral("older")));
    VERIFY_NO_ERROR(session.error);
    HttpClient client(server.baseUrl(), session.token);
    const QString first = newWorkspace(client);
    const QString second = newWorkspace(client);
    QVERIFY2(server.stop(), qPrintable(server.errorString()));

    // Back to the schema before the history: only the tables and columns of version 1,
    // user_version 1 (later migrations add tables and workspace columns).
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(server.dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QStringList version1Tables{
            "accounts",  "account_ali_uids", "sessions", "verification_codes",
            "instances", "workspaces",       "mails",    "idempotency"};
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")));
        QStringList later;
        while (query.next())
            if (!version1Tables.contains(query.value(0).toString()))
                later << query.value(0).toString();
        QVERIFY(later.contains(QStringLiteral("events")));
        // Migrations 6 and 7's triggers name sync_clock and change_seq: they go first.
        for (const char *statement :
             {"DROP TRIGGER workspaces_changed_insert", "DROP TRIGGER workspaces_changed_update",
              "DROP TRIGGER workspaces_change_logged",
              "ALTER TABLE workspaces DROP COLUMN change_seq"})
            QVERIFY2(query.exec(QLatin1String(statement)), statement);
        for (const QString &table : std::as_const(later))
            QVERIFY2(query.exec(QStringLiteral("DROP TABLE ") + table), qPrintable(table));
        for (const char *column : {"last_event_seq", "lock_reason"})
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE workspaces DROP COLUMN ")
                               + QLatin1String(column)));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX instances_owner")));
        for (const char *column :
             {"marketplace", "customer", "plan_id", "owner_account_id", "pending"})
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE instances DROP COLUMN ")
                               + QLatin1String(column)));
        QVERIFY(
            query.exec(QStringLiteral("ALTER TABLE verification_codes DROP COLUMN wrong_tries")));
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

QTEST_GUILESS_MAIN(TestServerHistoryMarketplace)
#include "tst_server_history_marketplace.moc"
