// JobLeadership (issue 22): of the connections to one PostgreSQL database, one leads a job
// until it resigns or its session ends; another job has a leader of its own; on SQLite the
// one process leads every job.
#include "DatabaseLocation.h"
#include "JobLeadership.h"
#include "PostgresDatabase.h"
#include "PostgresTestDatabase.h"
#include "SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace billing::server;
using billing::test::PostgresTestDatabase;
using Job = JobLeadership::Job;

class TestJobLeadership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneConnectionLeadsAJob();
    void theNextTakesOverWhenTheSessionEnds();
    void sqliteLeadsEveryJob();

private:
    std::unique_ptr<PostgresDatabase> connect();

    PostgresTestDatabase m_database;
    DatabaseLocation m_location;
};

void TestJobLeadership::initTestCase()
{
    QString error;
    QVERIFY2(m_database.create(&error), qPrintable(error));
    const auto location = DatabaseLocation::parse(m_database.url(), &error);
    QVERIFY2(location, qPrintable(error));
    m_location = *location;
}

std::unique_ptr<PostgresDatabase> TestJobLeadership::connect()
{
    auto db = std::make_unique<PostgresDatabase>();
    QString error;
    if (!db->open(m_location, &error))
        qFatal("%s", qPrintable(error));
    return db;
}

void TestJobLeadership::oneConnectionLeadsAJob()
{
    const auto a = connect(), b = connect();
    JobLeadership first(a->handle()), second(b->handle());
    QVERIFY(first.leads(Job::Settlement));
    QVERIFY(first.leads(Job::Settlement)); // asked again: still
    QVERIFY(!second.leads(Job::Settlement));
    QVERIFY(second.leads(Job::Metering)); // another job, another leader
    QVERIFY(!first.leads(Job::Metering));
    first.resign(Job::Settlement);
    QVERIFY(second.leads(Job::Settlement));
    QVERIFY(!first.leads(Job::Settlement));
}

void TestJobLeadership::theNextTakesOverWhenTheSessionEnds()
{
    auto a = connect();
    const auto b = connect();
    JobLeadership second(b->handle());
    {
        JobLeadership first(a->handle());
        QVERIFY(first.leads(Job::Sweeps));
        QVERIFY(!second.leads(Job::Sweeps));
    }
    a.reset(); // as a killed process's connection ends
    QTRY_VERIFY(second.leads(Job::Sweeps));
}

void TestJobLeadership::sqliteLeadsEveryJob()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SqliteDatabase db;
    QString error;
    QVERIFY2(db.open(folder.filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    JobLeadership one(db.handle()), two(db.handle());
    QVERIFY(one.leads(Job::Settlement));
    QVERIFY(two.leads(Job::Settlement));
}

QTEST_GUILESS_MAIN(TestJobLeadership)
#include "tst_job_leadership.moc"
