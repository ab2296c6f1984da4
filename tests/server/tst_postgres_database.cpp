// PostgresDatabase (issue 22) on the suite's real PostgreSQL: it connects with the password
// from the pgpass file, migrates a new database to the schema's last version once even when
// processes start together, refuses a newer schema, and its transactions nest like SQLite's.
#include "DatabaseLocation.h"
#include "PostgresDatabase.h"
#include "PostgresSchema.h"
#include "PostgresTestDatabase.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace billing::server;
using billing::test::PostgresTestDatabase;

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migratesToTheLastVersion();
    void connectionsStartingTogetherMigrateOnce();
    void refusesANewerSchema();
    void nestedRollbackDoomsTheTransaction();
    void writersTakeTurns();
    void wrongPasswordIsAClearError();

private:
    DatabaseLocation location(const PostgresTestDatabase &database) const;

    PostgresTestDatabase m_database;
};

DatabaseLocation TestPostgresDatabase::location(const PostgresTestDatabase &database) const
{
    QString error;
    const auto parsed = DatabaseLocation::parse(database.url(), &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

void TestPostgresDatabase::initTestCase()
{
    QString error;
    QVERIFY2(m_database.create(&error), qPrintable(error));
}

void TestPostgresDatabase::migratesToTheLastVersion()
{
    PostgresDatabase db;
    QString error;
    QVERIFY2(db.open(location(m_database), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), PostgresSchema::migrations().size());
    // The schema is there: the sync clock's row, as SQLite's version 6 seeds it.
    SqlStatement clock(db.handle(), QStringLiteral("SELECT count(*) FROM sync_clock"));
    clock.exec();
    QVERIFY(clock.next());
    QCOMPARE(clock.integer(0), 1);
}

void TestPostgresDatabase::connectionsStartingTogetherMigrateOnce()
{
    PostgresTestDatabase fresh;
    QString error;
    QVERIFY2(fresh.create(&error), qPrintable(error));
    const DatabaseLocation where = location(fresh);
    constexpr int kConnections = 4;
    QString errors[kConnections];
    int versions[kConnections] = {};
    std::vector<std::thread> threads;
    for (int i = 0; i < kConnections; ++i) {
        threads.emplace_back([&, i] {
            PostgresDatabase db;
            if (db.open(where, &errors[i]))
                versions[i] = db.schemaVersion();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int i = 0; i < kConnections; ++i) {
        QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
        QCOMPARE(versions[i], PostgresSchema::migrations().size());
    }
    PostgresDatabase db;
    QVERIFY2(db.open(where, &error), qPrintable(error));
    SqlStatement rows(db.handle(), QStringLiteral("SELECT count(*) FROM schema_version"));
    rows.exec();
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 1);
}

void TestPostgresDatabase::refusesANewerSchema()
{
    PostgresTestDatabase newer;
    QString error;
    QVERIFY2(newer.create(&error), qPrintable(error));
    {
        PostgresDatabase db;
        QVERIFY2(db.open(location(newer), &error), qPrintable(error));
        SqlStatement(db.handle(), QStringLiteral("UPDATE schema_version SET version = 999")).exec();
    }
    PostgresDatabase db;
    QVERIFY(!db.open(location(newer), &error));
    QVERIFY2(error.contains(u"schema 999 is newer than this server"), qPrintable(error));
}

void TestPostgresDatabase::nestedRollbackDoomsTheTransaction()
{
    PostgresDatabase db;
    QString error;
    QVERIFY2(db.open(location(m_database), &error), qPrintable(error));
    SqlStatement insert(db.handle(), QStringLiteral("INSERT INTO settlement_watermark (singleton, "
                                                    "settled_through) VALUES (1, '2026-12-01') "
                                                    "ON CONFLICT DO NOTHING"));
    db.begin();
    insert.exec();
    db.begin(); // joins the outer transaction
    db.rollback();
    QVERIFY(db.markedForRollback());
    QVERIFY_THROWS_EXCEPTION(StorageError, db.commit());
    SqlStatement count(db.handle(), QStringLiteral("SELECT count(*) FROM settlement_watermark"));
    count.exec();
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 0);
}

// As SQLite's BEGIN IMMEDIATE: a second connection's transaction begins only once the first
// has ended, so a read-check-write in one transaction is never interleaved with another's.
void TestPostgresDatabase::writersTakeTurns()
{
    PostgresDatabase first;
    QString error;
    QVERIFY2(first.open(location(m_database), &error), qPrintable(error));
    first.begin();
    std::atomic_bool firstEnded{false};
    std::atomic_bool secondBeganAfter{false};
    std::thread second([&] {
        PostgresDatabase db;
        QString failed;
        if (!db.open(location(m_database), &failed))
            return;
        db.begin();
        secondBeganAfter = firstEnded.load();
        db.commit();
    });
    QTest::qWait(300); // the second is waiting for the lock by now
    firstEnded = true;
    first.commit();
    second.join();
    QVERIFY(secondBeganAfter);
}

void TestPostgresDatabase::wrongPasswordIsAClearError()
{
    // A pgpass file with a wrong password for the suite's server, given to libpq alone.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const DatabaseLocation where = location(m_database);
    QFile pgpass(folder.filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(QStringLiteral("%1:%2:*:%3:wrong\n")
                     .arg(where.host)
                     .arg(where.port)
                     .arg(where.user)
                     .toUtf8());
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray saved = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
    PostgresDatabase db;
    QString error;
    const bool opened = db.open(where, &error);
    qputenv("PGPASSFILE", saved);
    QVERIFY(!opened);
    QVERIFY2(error.contains(u"password authentication failed"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgres_database.moc"
