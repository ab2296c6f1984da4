// AddressRateLimiter's windows (issue 22): on PostgreSQL the processes sharing a database
// count an address's requests in one window (request_windows, one upsert per request, atomic
// without the writer lock); in memory each process counts alone (SQLite's one process).
// Loopback callers are exempt in the dispatcher, before the limiter: tst_server_protocol.
#include "AddressRateLimiter.h"
#include "PostgresConnections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace billing::server;
using billing::test::ManualClock;
using billing::test::PostgresConnections;

namespace {
constexpr int kLimit = AddressRateLimiter::kLimit;
constexpr qint64 kWindow = AddressRateLimiter::kWindowSeconds;

// Admitted requests of `count` made through `limiter` for `address`.
int admitted(AddressRateLimiter &limiter, const QString &address, int count)
{
    int served = 0;
    for (int i = 0; i < count; ++i)
        served += limiter.admit(address) == 0 ? 1 : 0;
    return served;
}
} // namespace

class TestRequestWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryWindowIsFixedFromTheFirstRequest();
    void memoryClockMovedBackStartsANewWindow();
    void memoryCountsAlone();
    void processesOnOneDatabaseShareAWindow();
    void concurrentRequestsAreCountedOnce();
    void clockMovedBackStartsANewSharedWindow();
    void endedWindowsAreForgotten();

private:
    std::unique_ptr<AddressRateLimiter> sharedLimiter(PostgresDatabase &db) const;
    qint64 storedRequests(PostgresDatabase &db, const QString &address) const;

    PostgresConnections m_postgres;
    ManualClock m_clock;
};

void TestRequestWindows::initTestCase()
{
    QString error;
    QVERIFY2(m_postgres.create(&error), qPrintable(error));
}

std::unique_ptr<AddressRateLimiter> TestRequestWindows::sharedLimiter(PostgresDatabase &db) const
{
    return std::make_unique<AddressRateLimiter>(m_clock, kLimit, kWindow,
                                                std::make_unique<SqlRequestWindows>(db.handle()));
}

qint64 TestRequestWindows::storedRequests(PostgresDatabase &db, const QString &address) const
{
    QSqlQuery rows(db.handle());
    rows.prepare(QStringLiteral("SELECT requests FROM request_windows WHERE address = ?"));
    rows.addBindValue(address);
    if (!rows.exec())
        qFatal("%s", qPrintable(rows.lastError().text()));
    return rows.next() ? rows.value(0).toLongLong() : 0;
}

void TestRequestWindows::memoryWindowIsFixedFromTheFirstRequest()
{
    AddressRateLimiter limiter(m_clock, 3, 60);
    QCOMPARE(admitted(limiter, QStringLiteral("192.0.2.1"), 3), 3);
    m_clock.advance(10);
    QCOMPARE(limiter.admit(QStringLiteral("192.0.2.1")), 50);
    QCOMPARE(limiter.admit(QStringLiteral("192.0.2.2")), 0); // an address of its own
    m_clock.advance(49);
    QCOMPARE(limiter.admit(QStringLiteral("192.0.2.1")), 1);
    // Refused requests do not move the window: it ends 60 s after its first request.
    m_clock.advance(1);
    QCOMPARE(admitted(limiter, QStringLiteral("192.0.2.1"), 4), 3);
    QCOMPARE(limiter.admit(QStringLiteral("192.0.2.1")), 60);
}

void TestRequestWindows::memoryClockMovedBackStartsANewWindow()
{
    AddressRateLimiter limiter(m_clock, 2, 60);
    QCOMPARE(admitted(limiter, QStringLiteral("192.0.2.3"), 3), 2);
    m_clock.advance(-30);
    QCOMPARE(admitted(limiter, QStringLiteral("192.0.2.3"), 3), 2);
    m_clock.advance(30);
}

void TestRequestWindows::memoryCountsAlone()
{
    AddressRateLimiter first(m_clock), second(m_clock);
    QCOMPARE(admitted(first, QStringLiteral("192.0.2.4"), kLimit), kLimit);
    QCOMPARE(admitted(second, QStringLiteral("192.0.2.4"), kLimit), kLimit);
    QVERIFY(first.admit(QStringLiteral("192.0.2.4")) > 0);
    // Forgetting ended windows forgets no current one.
    first.forgetStale();
    QVERIFY(first.admit(QStringLiteral("192.0.2.4")) > 0);
    m_clock.advance(kWindow);
    first.forgetStale();
    QCOMPARE(first.admit(QStringLiteral("192.0.2.4")), 0);
}

void TestRequestWindows::processesOnOneDatabaseShareAWindow()
{
    const auto a = m_postgres.connect(), b = m_postgres.connect();
    const auto first = sharedLimiter(*a), second = sharedLimiter(*b);
    const QString caller = QStringLiteral("198.51.100.1");
    for (int i = 0; i < kLimit / 2; ++i) {
        QCOMPARE(first->admit(caller), 0);
        QCOMPARE(second->admit(caller), 0);
    }
    m_clock.advance(15);
    // The 601st, whichever process it reaches, waits for the window both counted in.
    QCOMPARE(second->admit(caller), kWindow - 15);
    QCOMPARE(first->admit(caller), kWindow - 15);
    QCOMPARE(first->admit(QStringLiteral("198.51.100.2")), 0);
    m_clock.advance(kWindow - 16);
    QCOMPARE(second->admit(caller), 1);
    m_clock.advance(1);
    QCOMPARE(first->admit(caller), 0);
    QCOMPARE(second->admit(caller), 0);
    QCOMPARE(storedRequests(*a, caller), 2);
}

// Two processes at once, each on its own connection and thread: one statement per request
// leaves no gap between reading the count and writing it.
void TestRequestWindows::concurrentRequestsAreCountedOnce()
{
    const QString caller = QStringLiteral("198.51.100.3");
    std::atomic<int> served{0};
    const auto process = [&] {
        const auto db = m_postgres.connect();
        const auto limiter = sharedLimiter(*db);
        served += admitted(*limiter, caller, kLimit / 2 + 100);
    };
    std::thread one(process), two(process);
    one.join();
    two.join();
    QCOMPARE(served.load(), kLimit);
    const auto db = m_postgres.connect();
    QCOMPARE(storedRequests(*db, caller), kLimit + 200);
}

void TestRequestWindows::clockMovedBackStartsANewSharedWindow()
{
    const auto db = m_postgres.connect();
    const auto limiter = sharedLimiter(*db);
    const QString caller = QStringLiteral("198.51.100.4");
    QCOMPARE(admitted(*limiter, caller, kLimit + 1), kLimit);
    m_clock.advance(-30);
    QCOMPARE(limiter->admit(caller), 0);
    QCOMPARE(storedRequests(*db, caller), 1);
    m_clock.advance(30);
}

void TestRequestWindows::endedWindowsAreForgotten()
{
    const auto db = m_postgres.connect();
    const auto limiter = sharedLimiter(*db);
    QCOMPARE(limiter->admit(QStringLiteral("198.51.100.5")), 0);
    m_clock.advance(1);
    QCOMPARE(limiter->admit(QStringLiteral("198.51.100.6")), 0);
    m_clock.advance(kWindow - 1);
    limiter->forgetStale();
    QCOMPARE(storedRequests(*db, QStringLiteral("198.51.100.5")), 0);
    QCOMPARE(storedRequests(*db, QStringLiteral("198.51.100.6")), 1);
}

QTEST_GUILESS_MAIN(TestRequestWindows)
#include "tst_request_windows.moc"
