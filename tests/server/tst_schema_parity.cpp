// The schema on PostgreSQL (PostgresSchema) against the schema on SQLite (SchemaMigrations):
// both migrated from nothing, their catalogues must agree (SchemaFacts.h), the data
// migrations must leave the same rows, and every trigger must do the same on both. Needs a
// PostgreSQL server to create a throwaway database in (BILLING_TEST_POSTGRES_URL).
#include "PostgresSchema.h"
#include "SchemaFacts.h"
#include "SchemaMigrations.h"
#include "SqlEngine.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>

using namespace billing::server;
using namespace billing::test;

namespace {
const QString kAdminConnection = QStringLiteral("parity-admin");

// Version 1's tables only: an account, a subscription, two workspaces (the second locked).
const QStringList kSeed{
    QStringLiteral(
        "INSERT INTO accounts (id, username, username_key, email, phone, company, site, "
        "password_hash, created_at) VALUES ('a1', 'u', 'u', 'e', 'p', 'c', 's', 'h', 0)"),
    QStringLiteral(
        "INSERT INTO instances (instance_id, ali_uid, product_code, sku_id, order_biz_id, "
        "order_id, status, trial, created_at, updated_at) VALUES ('i1', '1234', 'p', "
        "'s', 'ob', 'o', 'opened', 0, 0, 0)"),
    QStringLiteral("INSERT INTO workspaces (seq, id, account_id, name, name_fold, site, language, "
                   "method, instance_id, since, status, version, created_at, updated_at) VALUES "
                   "(1, 'w1', 'a1', 'one', 'one', 's', 'en', 'm', NULL, 0, 'active', 1, 0, 0), "
                   "(2, 'w2', 'a1', 'two', 'two', 's', 'en', 'm', 'i1', 0, 'locked', 1, 0, 0)"),
};

// What the append-only triggers guard.
const QStringList kLogs{
    QStringLiteral("INSERT INTO events (seq, id, account_id, workspace_id, workspace_name, at, "
                   "actor_kind, event, reason) VALUES (1, 'ev_1', 'a1', 'w1', 'one', 0, 'user', "
                   "'created', 'r')"),
    QStringLiteral("INSERT INTO ledger (seq, id, account_id, at, kind, amount_cents, "
                   "balance_after_cents, cash_after_cents) VALUES (1, 'le_1', 'a1', 0, 'recharge', "
                   "100, 100, 100)"),
};

// What the triggers keep, one line a row, in one order on both engines.
const QString kTriggerProbe = QStringLiteral(R"(SELECT 'clock', value, '-' FROM sync_clock
    UNION ALL SELECT 'ws', seq, CAST(change_seq AS TEXT) FROM workspaces
    UNION ALL SELECT 'log', change_seq, CAST(workspace_seq AS TEXT) FROM workspace_changes
    UNION ALL SELECT 'event', seq, event FROM events
    UNION ALL SELECT 'ledger', seq, kind FROM ledger
    ORDER BY 1, 2)");

// The seed as the triggers leave it: each insert took the next clock value.
const char *const kUntouched =
    "clock 2 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, ws 1 1, ws 2 2";

struct TriggerCase {
    const char *trigger;
    const char *what;
    const char *action;
    const char *error; // the message of a refusal; then kUntouched is what must remain
    const char *expected;
};

const TriggerCase kTriggerCases[] = {
    {"workspaces_changed_insert", "a new workspace takes the next clock value",
     "INSERT INTO workspaces (seq, id, account_id, name, name_fold, site, language, method, "
     "since, status, version, created_at, updated_at) "
     "VALUES (3, 'w3', 'a1', 'three', 'three', 's', 'en', 'm', 0, 'active', 1, 0, 0)",
     nullptr,
     "clock 3 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, log 3 3, ws 1 1, ws 2 2, "
     "ws 3 3"},
    {"workspaces_changed_update", "an update takes the next clock value",
     "UPDATE workspaces SET name = 'uno' WHERE seq = 1", nullptr,
     "clock 3 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, log 3 1, ws 1 3, ws 2 2"},
    {"workspaces_changed_update", "each row of an update, in turn",
     "UPDATE workspaces SET version = version + 1", nullptr,
     "clock 4 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, log 3 1, log 4 2, ws 1 3, "
     "ws 2 4"},
    {"workspaces_change_logged", "a change_seq the update sets is logged, the clock untouched",
     "UPDATE workspaces SET name = 'uno', change_seq = 7 WHERE seq = 1", nullptr,
     "clock 2 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, log 7 1, ws 1 7, ws 2 2"},
    {"workspaces_change_logged", "a change_seq set to itself is an update like any other",
     "UPDATE workspaces SET change_seq = change_seq WHERE seq = 2", nullptr,
     "clock 3 -, event 1 created, ledger 1 recharge, log 1 1, log 2 2, log 3 2, ws 1 1, ws 2 3"},
    {"events_no_update", "refuses", "UPDATE events SET reason = 'x'", "events are append-only",
     kUntouched},
    {"events_no_update", "has nothing to refuse without a row",
     "UPDATE events SET reason = 'x' WHERE seq = 9", nullptr, kUntouched},
    {"events_no_delete", "refuses", "DELETE FROM events", "events are append-only", kUntouched},
    {"ledger_no_update", "refuses", "UPDATE ledger SET kind = 'refund'",
     "the ledger is append-only", kUntouched},
    {"ledger_no_delete", "refuses", "DELETE FROM ledger WHERE seq = 1", "the ledger is append-only",
     kUntouched},
};

// What the data migrations leave from kSeed (event ids are random: their shape).
const QStringList kMigratedData{
    QStringLiteral("SELECT seq, id, change_seq, last_event_seq, lock_reason FROM workspaces "
                   "ORDER BY seq"),
    QStringLiteral("SELECT seq, workspace_id, event, reason, to_status, length(id), "
                   "substr(id, 1, 3), CASE WHEN lower(id) = id THEN 'lower' END "
                   "FROM events ORDER BY seq"),
    QStringLiteral("SELECT count(DISTINCT id) FROM events"),
    QStringLiteral("SELECT instance_id, marketplace, customer, plan_id, pending FROM instances"),
    QStringLiteral("SELECT value, length(epoch), CASE WHEN lower(epoch) = epoch THEN 'lower' END "
                   "FROM sync_clock"),
    QStringLiteral("SELECT change_seq, account_id, workspace_seq FROM workspace_changes "
                   "ORDER BY change_seq"),
};

QString lines(const QStringList &facts)
{
    return facts.isEmpty() ? QStringLiteral("  (none)\n")
                           : QStringLiteral("  ") + facts.join(QStringLiteral("\n  ")) + u'\n';
}

// Empty when both engines have the same lines in the same order, else what each has alone
// (or both lists, when only the order differs).
QString difference(const QStringList &sqlite, const QStringList &postgres)
{
    if (sqlite == postgres)
        return {};
    QStringList onlySqlite = sqlite;
    QStringList onlyPostgres = postgres;
    for (const QString &line : sqlite)
        onlyPostgres.removeOne(line);
    for (const QString &line : postgres)
        onlySqlite.removeOne(line);
    if (onlySqlite.isEmpty() && onlyPostgres.isEmpty()) {
        onlySqlite = sqlite;
        onlyPostgres = postgres;
    }
    return QStringLiteral("\non SQLite only:\n") + lines(onlySqlite)
           + QStringLiteral("on PostgreSQL only:\n") + lines(onlyPostgres);
}
} // namespace

class TestSchemaParity : public QObject
{
    Q_OBJECT

public:
    ~TestSchemaParity() override { dropDatabase(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameNumberOfVersions();
    void catalogues_data();
    void catalogues();
    void dataMigrationsLeaveTheSameRows();
    void triggers_data();
    void triggers();
    void everyTriggerHasACase();
    void onlyCountersAreUnlogged();

private:
    QSqlDatabase postgresConnection(const QString &name, const QString &database);
    static bool migrate(SqlEngine &engine, const QList<QStringList> &versions);
    static std::optional<QString> probe(SqlEngine &engine, const QString &action,
                                        const QString &error);
    void dropDatabase();

    QUrl m_server;
    QString m_database;
    std::optional<SqlEngine> m_sqlite;
    std::optional<SqlEngine> m_postgres;
};

QSqlDatabase TestSchemaParity::postgresConnection(const QString &name, const QString &database)
{
    // No password: libpq takes it from the file PGPASSFILE names.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_server.host());
    db.setPort(m_server.port(5432));
    db.setUserName(m_server.userName());
    db.setDatabaseName(database);
    db.open();
    return db;
}

void TestSchemaParity::initTestCase()
{
    const QString url = qEnvironmentVariable("BILLING_TEST_POSTGRES_URL");
    if (url.isEmpty())
        QFAIL("BILLING_TEST_POSTGRES_URL is not set: run through scripts/test, which starts a "
              "throwaway PostgreSQL");
    m_server = QUrl(url);
    QVERIFY2(m_server.isValid() && m_server.scheme().startsWith(QLatin1String("postgres")),
             qPrintable(QStringLiteral("not postgresql://USER@HOST:PORT/DB: ") + url));
    SqlEngine admin(QStringLiteral("PostgreSQL"),
                    postgresConnection(kAdminConnection, m_server.path().mid(1)));
    QVERIFY2(admin.db().isOpen(), qPrintable(admin.db().lastError().text()));
    const QString name = QStringLiteral("billing_parity_%1")
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    QVERIFY2(admin.run(QStringLiteral("CREATE DATABASE ") + name), qPrintable(admin.error()));
    m_database = name;
    m_postgres.emplace(QStringLiteral("PostgreSQL"),
                       postgresConnection(QStringLiteral("parity"), m_database));
    QVERIFY2(m_postgres->db().isOpen(), qPrintable(m_postgres->db().lastError().text()));

    QSqlDatabase sqlite =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("parity-sqlite"));
    sqlite.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(sqlite.open());
    m_sqlite.emplace(QStringLiteral("SQLite"), sqlite);
    QVERIFY(m_sqlite->run(QStringLiteral("PRAGMA foreign_keys = ON")));

    QVERIFY2(migrate(*m_sqlite, SchemaMigrations::all()), qPrintable(m_sqlite->error()));
    QVERIFY2(migrate(*m_postgres, PostgresSchema::migrations()), qPrintable(m_postgres->error()));
}

void TestSchemaParity::cleanupTestCase()
{
    dropDatabase();
}

// Also after a failure: a database left behind would outlive the test on a shared server.
void TestSchemaParity::dropDatabase()
{
    m_sqlite.reset();
    m_postgres.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("parity-sqlite"));
    QSqlDatabase::removeDatabase(QStringLiteral("parity"));
    if (!m_database.isEmpty()) {
        SqlEngine admin(QStringLiteral("PostgreSQL"), QSqlDatabase::database(kAdminConnection));
        if (!admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)))
            qWarning("%s", qPrintable(admin.error()));
        m_database.clear();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

// Each version in a transaction of its own, as SqliteDatabase applies them.
bool TestSchemaParity::migrate(SqlEngine &engine, const QList<QStringList> &versions)
{
    for (const QStringList &version : versions) {
        if (!engine.db().transaction() || !engine.runAll(version) || !engine.db().commit()) {
            engine.db().rollback();
            return false;
        }
    }
    return true;
}

void TestSchemaParity::sameNumberOfVersions()
{
    QCOMPARE(PostgresSchema::migrations().size(), SchemaMigrations::all().size());
    for (const QStringList &version : PostgresSchema::migrations())
        QVERIFY(!version.isEmpty());
}

void TestSchemaParity::catalogues_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    for (const SchemaFacts &facts : kSchemaFacts)
        QTest::newRow(facts.kind) << facts.sqlite << facts.postgres;
}

void TestSchemaParity::catalogues()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    const auto onSqlite = m_sqlite->rows(sqlite);
    QVERIFY2(onSqlite, qPrintable(m_sqlite->error()));
    const auto onPostgres = m_postgres->rows(postgres);
    QVERIFY2(onPostgres, qPrintable(m_postgres->error()));
    QVERIFY(!onSqlite->isEmpty());
    QStringList sqliteFacts = *onSqlite;
    QStringList postgresFacts = *onPostgres;
    sqliteFacts.sort();
    postgresFacts.sort();
    const QString different = difference(sqliteFacts, postgresFacts);
    QVERIFY2(different.isEmpty(), qPrintable(different));
}

// Version 1 with rows in it, then the others: their UPDATEs and INSERT ... SELECTs must leave
// the same rows. On PostgreSQL in a schema of its own, in a transaction that is rolled back.
void TestSchemaParity::dataMigrationsLeaveTheSameRows()
{
    const QString connection = QStringLiteral("parity-data");
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    SqlEngine sqlite(QStringLiteral("SQLite"), db);
    SqlEngine &postgres = *m_postgres;
    QVERIFY(postgres.db().transaction());
    const auto rollback = qScopeGuard([&] { postgres.db().rollback(); });
    QVERIFY2(postgres.runAll({QStringLiteral("CREATE SCHEMA parity_data"),
                              QStringLiteral("SET LOCAL search_path TO parity_data")}),
             qPrintable(postgres.error()));

    QStringList results[2];
    const std::pair<SqlEngine *, QList<QStringList>> engines[2]{
        {&sqlite, SchemaMigrations::all()}, {&postgres, PostgresSchema::migrations()}};
    for (int i = 0; i < 2; ++i) {
        auto [engine, versions] = engines[i];
        QVERIFY2(engine->runAll(versions.first()) && engine->runAll(kSeed),
                 qPrintable(engine->error()));
        for (const QStringList &version : versions.mid(1))
            QVERIFY2(engine->runAll(version), qPrintable(engine->error()));
        for (const QString &query : kMigratedData) {
            const auto rows = engine->rows(query);
            QVERIFY2(rows, qPrintable(engine->error()));
            results[i] << query << *rows;
        }
    }
    const QString different = difference(results[0], results[1]);
    QVERIFY2(different.isEmpty(), qPrintable(different));
}

void TestSchemaParity::triggers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expected");
    for (const TriggerCase &c : kTriggerCases)
        QTest::addRow("%s: %s", c.trigger, c.what)
            << QString::fromUtf8(c.action) << QString::fromUtf8(c.error)
            << QString::fromUtf8(c.expected);
}

// The action on the seed, in a transaction that is rolled back; a refused action back to a
// savepoint first, since on PostgreSQL an error fails the whole transaction.
std::optional<QString> TestSchemaParity::probe(SqlEngine &engine, const QString &action,
                                               const QString &error)
{
    if (!engine.db().transaction())
        return std::nullopt;
    const auto rollback = qScopeGuard([&] { engine.db().rollback(); });
    if (!engine.runAll(kSeed + kLogs) || !engine.run(QStringLiteral("SAVEPOINT action")))
        return std::nullopt;
    if (engine.run(action)) {
        if (!error.isEmpty())
            return QStringLiteral("(no refusal)");
    } else {
        // SQLite's RAISE(ABORT) is a constraint error: on PostgreSQL SQLSTATE class 23.
        const bool constraint = engine.label() != QLatin1String("PostgreSQL")
                                || engine.errorCode().startsWith(QLatin1String("23"));
        if (error.isEmpty() || !engine.error().contains(error) || !constraint
            || !engine.run(QStringLiteral("ROLLBACK TO SAVEPOINT action")))
            return std::nullopt;
    }
    // PostgreSQL writes the transaction's sync clock back at commit (PostgresSchema, version
    // 10): made immediate, its deferred trigger does it now.
    if (engine.label() == QLatin1String("PostgreSQL")
        && !engine.run(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")))
        return std::nullopt;
    const auto rows = engine.rows(kTriggerProbe);
    return rows ? std::optional(rows->join(QStringLiteral(", "))) : std::nullopt;
}

void TestSchemaParity::triggers()
{
    QFETCH(QString, action);
    QFETCH(QString, error);
    QFETCH(QString, expected);
    for (SqlEngine *engine : {&*m_sqlite, &*m_postgres}) {
        const auto result = probe(*engine, action, error);
        QVERIFY2(result, qPrintable(engine->error() + QStringLiteral(" (code ")
                                    + engine->errorCode() + u')'));
        QVERIFY2(*result == expected,
                 qPrintable(QStringLiteral("%1:\n  actual:   %2\n  expected: %3")
                                .arg(engine->label(), *result, expected)));
    }
}

void TestSchemaParity::everyTriggerHasACase()
{
    const auto triggers = m_sqlite->rows(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    QVERIFY2(triggers, qPrintable(m_sqlite->error()));
    QStringList covered;
    for (const TriggerCase &c : kTriggerCases)
        covered << QString::fromUtf8(c.trigger);
    for (const QString &trigger : *triggers)
        QVERIFY2(covered.contains(trigger), qPrintable(trigger + QStringLiteral(" has no case")));
}

// SQLite has no such notion; on PostgreSQL a table that skips the WAL is emptied by a crash.
void TestSchemaParity::onlyCountersAreUnlogged()
{
    const auto unlogged = m_postgres->rows(
        QStringLiteral("SELECT t.relname FROM pg_class t WHERE t.relkind = 'r' AND "
                       "t.relpersistence = 'u' AND ")
        + kPostgresSchema + QStringLiteral(" ORDER BY 1"));
    QVERIFY2(unlogged, qPrintable(m_postgres->error()));
    QCOMPARE(*unlogged, QStringList{QStringLiteral("request_windows")});
}

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schema_parity.moc"
