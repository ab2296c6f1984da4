// LoginThrottle's failures (issue 22): on PostgreSQL the processes sharing a database count a
// guesser's failed log-ins together, whichever process each reached; in memory each counts
// alone (SQLite's one process). Aged failures are forgotten either way.
#include "DatabaseLocation.h"
#include "LoginThrottle.h"
#include "PostgresDatabase.h"
#include "PostgresTestDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace billing::server;
using billing::test::PostgresTestDatabase;

namespace {
class ManualClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
};
} // namespace

class TestLoginFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void processesOnOneDatabaseCountTogether();
    void memoryCountsAlone();
    void agedFailuresAreForgotten();

private:
    std::unique_ptr<PostgresDatabase> connect();
    std::unique_ptr<LoginThrottle> sharedThrottle(PostgresDatabase &db);

    PostgresTestDatabase m_database;
    DatabaseLocation m_location;
    ManualClock m_clock;
};

void TestLoginFailures::initTestCase()
{
    QString error;
    QVERIFY2(m_database.create(&error), qPrintable(error));
    const auto location = DatabaseLocation::parse(m_database.url(), &error);
    QVERIFY2(location, qPrintable(error));
    m_location = *location;
}

std::unique_ptr<PostgresDatabase> TestLoginFailures::connect()
{
    auto db = std::make_unique<PostgresDatabase>();
    QString error;
    if (!db->open(m_location, &error))
        qFatal("%s", qPrintable(error));
    return db;
}

std::unique_ptr<LoginThrottle> TestLoginFailures::sharedThrottle(PostgresDatabase &db)
{
    return std::make_unique<LoginThrottle>(m_clock, 5, 900, 30,
                                           std::make_unique<SqlLoginFailureLog>(db.handle()));
}

void TestLoginFailures::processesOnOneDatabaseCountTogether()
{
    const auto a = connect(), b = connect();
    const auto first = sharedThrottle(*a), second = sharedThrottle(*b);
    for (int i = 0; i < 3; ++i)
        first->recordFailure(QStringLiteral("Alice"), QStringLiteral("192.0.2.1"));
    QCOMPARE(second->retryAfter(QStringLiteral("alice"), QStringLiteral("192.0.2.9")), 0);
    for (int i = 0; i < 2; ++i)
        second->recordFailure(QStringLiteral("ALICE"), QStringLiteral("192.0.2.2"));
    // Five failures of one username, counted by both, whatever the case.
    QCOMPARE(first->retryAfter(QStringLiteral("alice"), QStringLiteral("192.0.2.9")), 900);
    QCOMPARE(second->retryAfter(QStringLiteral("alice"), QStringLiteral("192.0.2.9")), 900);
    QCOMPARE(second->retryAfter(QStringLiteral("bob"), QStringLiteral("192.0.2.9")), 0);
}

void TestLoginFailures::memoryCountsAlone()
{
    LoginThrottle first(m_clock), second(m_clock);
    for (int i = 0; i < 3; ++i)
        first.recordFailure(QStringLiteral("carol"), QStringLiteral("192.0.2.1"));
    for (int i = 0; i < 2; ++i)
        second.recordFailure(QStringLiteral("carol"), QStringLiteral("192.0.2.1"));
    QCOMPARE(first.retryAfter(QStringLiteral("carol"), QStringLiteral("192.0.2.1")), 0);
    QCOMPARE(second.retryAfter(QStringLiteral("carol"), QStringLiteral("192.0.2.1")), 0);
    for (int i = 0; i < 2; ++i)
        first.recordFailure(QStringLiteral("carol"), QStringLiteral("192.0.2.1"));
    QCOMPARE(first.retryAfter(QStringLiteral("carol"), QStringLiteral("192.0.2.1")), 900);
}

void TestLoginFailures::agedFailuresAreForgotten()
{
    const auto db = connect();
    const auto throttle = sharedThrottle(*db);
    for (int i = 0; i < 5; ++i)
        throttle->recordFailure(QStringLiteral("dave"), QStringLiteral("192.0.2.3"));
    m_clock.advance(600);
    QCOMPARE(throttle->retryAfter(QStringLiteral("dave"), QStringLiteral("192.0.2.3")), 300);
    m_clock.advance(300);
    QCOMPARE(throttle->retryAfter(QStringLiteral("dave"), QStringLiteral("192.0.2.3")), 0);
    throttle->forgetStale();
    QSqlQuery rows(db->handle());
    QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM login_failures WHERE key = 'dave'")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLoginFailures)
#include "tst_login_failures.moc"
