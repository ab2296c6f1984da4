// The sync clock on PostgreSQL (PostgresSchema, version 10), on the suite's real server: a
// transaction counts its changes' clock values itself and writes the clock's row back once at
// commit, so a change costs the same whatever number of changes came before it in the
// transaction. Values stay unique and in commit order, a rolled-back change leaves no trace,
// and the writer's own reads see its changes.
#include "PostgresConnections.h"
#include "SqlStatement.h"
#include "SqliteAccountStore.h"
#include "SqliteWorkspaceStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace billing;
using namespace billing::server;
using namespace billing::test;

namespace {
const QString kAccount = QStringLiteral("acc_clock");

qint64 integer(const QSqlDatabase &db, const QString &sql)
{
    SqlStatement statement(db, sql);
    statement.exec();
    return statement.next() ? statement.integer(0) : -1;
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    SqlStatement statement(db, sql);
    statement.exec();
    return statement.next() ? statement.text(0) : QString();
}

// Transaction control and savepoints are not statements PostgreSQL prepares.
void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

qint64 committedClock(const QSqlDatabase &db)
{
    return integer(db, QStringLiteral("SELECT value FROM sync_clock"));
}

// Where the clock row's current version lies: a new place is a new version of it.
QString clockRowVersion(const QSqlDatabase &db)
{
    return text(db, QStringLiteral("SELECT CAST(ctid AS TEXT) FROM sync_clock"));
}

StoredWorkspace newWorkspace(int number)
{
    StoredWorkspace stored;
    stored.accountId = kAccount;
    Workspace &ws = stored.workspace;
    ws.id = QStringLiteral("ws_%1").arg(number);
    ws.name = ws.id;
    ws.site = QStringLiteral("cn1");
    ws.language = QStringLiteral("en");
    ws.settlement.since = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ws.version = 1;
    ws.createdAt = ws.settlement.since;
    ws.updatedAt = ws.createdAt;
    return stored;
}

// A workspace as raw SQL on a connection of its own, without the server's writer lock: what
// keeps two writers' values apart is then the clock row's lock alone.
const QString kRawInsert = QStringLiteral(
    "INSERT INTO workspaces (id, account_id, name, name_fold, site, language, method, since, "
    "status, version, created_at, updated_at) VALUES (?, 'acc_clock', 'w', 'w', 'cn1', 'en', "
    "'billing_center', 0, 'active', 1, 0, 0)");
} // namespace

class TestPostgresSyncClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneVersionOfTheClockRowPerTransaction();
    void theWriterSeesItsClockOthersSeeItAtCommit();
    void aRolledBackTransactionLeavesTheClock();
    void aSavepointRolledBackGivesItsValuesAgain();
    void concurrentWritersNeverShareAValue();

private:
    StoredWorkspace insertNew(); // through the store, on m_db

    PostgresConnections m_connections;
    std::unique_ptr<PostgresDatabase> m_db;
    std::unique_ptr<SqliteWorkspaceStore> m_workspaces;
    int m_created = 0;
};

void TestPostgresSyncClock::initTestCase()
{
    QString error;
    QVERIFY2(m_connections.create(&error), qPrintable(error));
    m_db = m_connections.connect();
    Account account;
    account.id = kAccount;
    account.username = QStringLiteral("clock");
    account.email = QStringLiteral("clock@example.com");
    account.site = QStringLiteral("cn1");
    account.createdAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    SqliteAccountStore(m_db->handle()).insert(account, QByteArrayLiteral("hash"));
}

void TestPostgresSyncClock::init()
{
    m_workspaces = std::make_unique<SqliteWorkspaceStore>(m_db->handle());
}

StoredWorkspace TestPostgresSyncClock::insertNew()
{
    StoredWorkspace stored = newWorkspace(++m_created);
    m_workspaces->insert(stored);
    return stored;
}

// The cause of N² it removes: one update of the row per change left N versions in one
// transaction, each walked by the next update.
void TestPostgresSyncClock::oneVersionOfTheClockRowPerTransaction()
{
    const QSqlDatabase db = m_db->handle();
    const qint64 before = committedClock(db);
    m_db->begin();
    insertNew();
    const QString versionAfterFirst = clockRowVersion(db);
    QList<StoredWorkspace> rows;
    for (int i = 0; i < 500; ++i)
        rows.append(insertNew());
    for (StoredWorkspace &row : rows) {
        const StoredWorkspace old = row;
        row.workspace.version += 1;
        m_workspaces->update(row, old);
    }
    QCOMPARE(clockRowVersion(db), versionAfterFirst);
    m_db->commit();
    QCOMPARE(committedClock(db), before + 1 + 500 + 500);
    const auto updated = m_workspaces->findById(rows.last().workspace.id);
    QVERIFY(updated);
    QCOMPARE(updated->changeSeq, before + 1001);
    QCOMPARE(integer(db, QStringLiteral("SELECT count(DISTINCT change_seq) FROM "
                                        "workspace_changes WHERE change_seq > %1")
                             .arg(before)),
             1001);
}

void TestPostgresSyncClock::theWriterSeesItsClockOthersSeeItAtCommit()
{
    const std::unique_ptr<PostgresDatabase> other = m_connections.connect();
    SqliteWorkspaceStore othersView(other->handle());
    const qint64 before = othersView.syncClock().second;
    m_db->begin();
    for (int i = 0; i < 3; ++i)
        insertNew();
    QCOMPARE(m_workspaces->syncClock().second, before + 3);
    QCOMPARE(othersView.syncClock().second, before);
    m_db->commit();
    QCOMPARE(othersView.syncClock().second, before + 3);
    QCOMPARE(m_workspaces->syncClock().second, before + 3);
    QCOMPARE(m_workspaces->syncClock().first, othersView.syncClock().first);
}

void TestPostgresSyncClock::aRolledBackTransactionLeavesTheClock()
{
    const QSqlDatabase db = m_db->handle();
    const qint64 before = committedClock(db);
    m_db->begin();
    insertNew();
    m_db->rollback();
    QCOMPARE(committedClock(db), before);
    QCOMPARE(m_workspaces->syncClock().second, before);
    m_db->begin();
    const StoredWorkspace kept = insertNew();
    m_db->commit();
    QCOMPARE(m_workspaces->findById(kept.workspace.id)->changeSeq, before + 1);
    QCOMPARE(committedClock(db), before + 1);
}

void TestPostgresSyncClock::aSavepointRolledBackGivesItsValuesAgain()
{
    const QSqlDatabase db = m_db->handle();
    const qint64 before = committedClock(db);
    SqlStatement insert(db, kRawInsert);
    run(db, QStringLiteral("BEGIN"));
    insert.bind(0, QStringLiteral("ws_sp_1")).exec();
    run(db, QStringLiteral("SAVEPOINT inner_changes"));
    insert.bind(0, QStringLiteral("ws_sp_2")).exec();
    insert.bind(0, QStringLiteral("ws_sp_3")).exec();
    run(db, QStringLiteral("ROLLBACK TO SAVEPOINT inner_changes"));
    insert.bind(0, QStringLiteral("ws_sp_4")).exec();
    run(db, QStringLiteral("COMMIT"));
    QCOMPARE(integer(db, QStringLiteral("SELECT change_seq FROM workspaces WHERE id = 'ws_sp_1'")),
             before + 1);
    QCOMPARE(integer(db, QStringLiteral("SELECT change_seq FROM workspaces WHERE id = 'ws_sp_4'")),
             before + 2);
    QCOMPARE(committedClock(db), before + 2);
}

void TestPostgresSyncClock::concurrentWritersNeverShareAValue()
{
    const qint64 before = committedClock(m_db->handle());
    constexpr int kWriters = 3;
    constexpr int kTransactions = 20;
    constexpr int kChanges = 25;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([this, w] {
            const std::unique_ptr<PostgresDatabase> own = m_connections.connect();
            SqlStatement insert(own->handle(), kRawInsert);
            for (int t = 0; t < kTransactions; ++t) {
                run(own->handle(), QStringLiteral("BEGIN"));
                for (int c = 0; c < kChanges; ++c)
                    insert.bind(0, QStringLiteral("ws_c%1_%2_%3").arg(w).arg(t).arg(c)).exec();
                run(own->handle(), QStringLiteral("COMMIT"));
            }
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    const QSqlDatabase db = m_db->handle();
    constexpr int kAll = kWriters * kTransactions * kChanges;
    const QString mine = QStringLiteral(" FROM workspaces WHERE id LIKE 'ws\\_c%'");
    QCOMPARE(integer(db, QStringLiteral("SELECT count(DISTINCT change_seq)") + mine), kAll);
    QCOMPARE(integer(db, QStringLiteral("SELECT min(change_seq)") + mine), before + 1);
    QCOMPARE(integer(db, QStringLiteral("SELECT max(change_seq)") + mine), before + kAll);
    QCOMPARE(committedClock(db), before + kAll);
}

QTEST_GUILESS_MAIN(TestPostgresSyncClock)
#include "tst_postgres_sync_clock.moc"
