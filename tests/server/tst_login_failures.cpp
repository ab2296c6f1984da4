// LoginThrottle's failures (issue 22): on PostgreSQL the processes sharing a database count a
// guesser's failed log-ins and wrong SPI tokens together, whichever process each reached; in
// memory each counts alone (SQLite's one process). Aged failures are forgotten either way.
#include "LoginThrottle.h"
#include "PostgresConnections.h"
#include "SpiHandler.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace billing::server;
using billing::test::ManualClock;
using billing::test::PostgresConnections;

class TestLoginFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void processesOnOneDatabaseCountTogether();
    void memoryCountsAlone();
    void agedFailuresAreForgotten();
    void wrongSpiTokensCountTogether();

private:
    std::unique_ptr<LoginThrottle> sharedThrottle(PostgresDatabase &db);
    std::unique_ptr<LoginThrottle> sharedSpiThrottle(PostgresDatabase &db);

    PostgresConnections m_postgres;
    ManualClock m_clock;
};

void TestLoginFailures::initTestCase()
{
    QString error;
    QVERIFY2(m_postgres.create(&error), qPrintable(error));
}

std::unique_ptr<LoginThrottle> TestLoginFailures::sharedThrottle(PostgresDatabase &db)
{
    return std::make_unique<LoginThrottle>(m_clock, 5, 900, 30,
                                           std::make_unique<SqlLoginFailureLog>(db.handle()));
}

// As SpiHandler counts wrong tokens.
std::unique_ptr<LoginThrottle> TestLoginFailures::sharedSpiThrottle(PostgresDatabase &db)
{
    return std::make_unique<LoginThrottle>(
        m_clock, SpiHandler::kMaxBadTokens, SpiHandler::kBadTokenWindowSeconds,
        SpiHandler::kMaxBadTokens, std::make_unique<SqlLoginFailureLog>(db.handle()));
}

void TestLoginFailures::processesOnOneDatabaseCountTogether()
{
    const auto a = m_postgres.connect(), b = m_postgres.connect();
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
    const auto db = m_postgres.connect();
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

void TestLoginFailures::wrongSpiTokensCountTogether()
{
    using Kind = LoginThrottle::Kind;
    const auto a = m_postgres.connect(), b = m_postgres.connect();
    const auto first = sharedSpiThrottle(*a), second = sharedSpiThrottle(*b);
    const auto logins = sharedThrottle(*a);
    const QString guesser = QStringLiteral("192.0.2.7");
    for (int i = 0; i < SpiHandler::kMaxBadTokens / 2; ++i) {
        first->recordFailure(Kind::SpiToken, guesser);
        second->recordFailure(Kind::SpiToken, guesser);
    }
    m_clock.advance(60);
    QCOMPARE(first->retryAfter(Kind::SpiToken, guesser), SpiHandler::kBadTokenWindowSeconds - 60);
    QCOMPARE(second->retryAfter(Kind::SpiToken, guesser), SpiHandler::kBadTokenWindowSeconds - 60);
    QCOMPARE(second->retryAfter(Kind::SpiToken, QStringLiteral("192.0.2.8")), 0);
    // Wrong tokens are not failed log-ins of that address, nor of a username spelt like it.
    QCOMPARE(logins->retryAfter(guesser, guesser), 0);
    QCOMPARE(second->retryAfter(Kind::Address, guesser), 0);
    // The log-in throttle's purge keeps them while they count.
    logins->forgetStale();
    QCOMPARE(first->retryAfter(Kind::SpiToken, guesser), SpiHandler::kBadTokenWindowSeconds - 60);
    m_clock.advance(SpiHandler::kBadTokenWindowSeconds - 60);
    QCOMPARE(first->retryAfter(Kind::SpiToken, guesser), 0);
}

QTEST_GUILESS_MAIN(TestLoginFailures)
#include "tst_login_failures.moc"
