// The settlement's rules without a server: rating and rounding of a line, the wire texts of
// bills, Beijing billing days, and the payer at a day's end read back along a workspace's
// event chain (a real SQLite file with the server's schema).
#include "BillLineRating.h"
#include "BillText.h"
#include "BillingDay.h"
#include "DayEndSettlement.h"
#include "SqlStatement.h"
#include "SqliteDatabase.h"

#include <ExactDecimal.h>

#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::server;

class TestSettlementUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rating_data();
    void rating();
    void linesSumExactly();
    void texts_data();
    void texts();
    void billingDays_data();
    void billingDays();
    void payerAtDayEnd_data();
    void payerAtDayEnd();

private:
    qint64 addEvent(qint64 at, const QString &method, const QString &instance,
                    const QString &status, qint64 prev);

    QTemporaryDir m_dir;
    SqliteDatabase m_db;
    qint64 m_last = 0;
};

namespace {
constexpr qint64 kT0 = 1'900'000'000; // created
constexpr qint64 kT1 = kT0 + 3600;    // to aliyun 111
constexpr qint64 kT2 = kT1 + 3600;    // lock countdown
constexpr qint64 kT3 = kT2 + 3600;    // locked
constexpr qint64 kT4 = kT3 + 3600;    // back to billing_center, active
} // namespace

void TestSettlementUnits::initTestCase()
{
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(u"units.sqlite"_qs), &error), qPrintable(error));
    qint64 seq = addEvent(kT0, u"billing_center"_qs, {}, u"active"_qs, 0);
    seq = addEvent(kT1, u"aliyun"_qs, u"111"_qs, {}, seq);
    seq = addEvent(kT2, {}, {}, u"lock_pending"_qs, seq);
    seq = addEvent(kT3, {}, {}, u"locked"_qs, seq);
    m_last = addEvent(kT4, u"billing_center"_qs, {}, u"active"_qs, seq);
}

void TestSettlementUnits::cleanupTestCase()
{
    m_db.close();
}

qint64 TestSettlementUnits::addEvent(qint64 at, const QString &method, const QString &instance,
                                     const QString &status, qint64 prev)
{
    SqlStatement insert(m_db.handle(),
                        u"INSERT INTO events (id, account_id, workspace_id, workspace_name, at, "
                        "actor_kind, event, reason, to_method, to_instance_id, to_status, "
                        "prev_seq) VALUES (?, 'acc_1', 'ws_1', 'w', ?, 'user', 'changed', "
                        "'user_change', ?, ?, ?, ?)"_qs);
    insert.bind(0, u"ev_%1"_qs.arg(at))
        .bind(1, at)
        .bind(2, SqlStatement::textOrNull(method))
        .bind(3, SqlStatement::textOrNull(instance))
        .bind(4, SqlStatement::textOrNull(status))
        .bind(5, SqlStatement::rowidOrNull(prev))
        .exec();
    return insert.lastInsertId();
}

void TestSettlementUnits::rating_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("registeredOn");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<qint64>("unitPriceMicros"); // -1: not offered
    QTest::addColumn<qint64>("cents");
    QTest::newRow("logs, China, CNY") << "logs"
                                      << "cn1"
                                      << "cn1"
                                      << "6000000" << 1'200'000LL << 720LL;
    QTest::newRow("logs, Intl, CNY") << "logs"
                                     << "cn6"
                                     << "cn2"
                                     << "6000000" << 2'400'000LL << 1440LL;
    QTest::newRow("logs, China, USD") << "logs"
                                      << "cn4"
                                      << "us1"
                                      << "6000000" << 170'000LL << 102LL;
    QTest::newRow("logs, Intl, USD") << "logs"
                                     << "eu1"
                                     << "ap1"
                                     << "6000000" << 340'000LL << 204LL;
    QTest::newRow("half a cent rounds up") << "apm_profiles"
                                           << "cn1"
                                           << "cn1"
                                           << "250" << 200'000LL << 1LL;
    QTest::newRow("just below half a cent") << "apm_profiles"
                                            << "cn1"
                                            << "cn1"
                                            << "249" << 200'000LL << 0LL;
    QTest::newRow("4.9998 → 5.00") << "timeseries"
                                   << "cn1"
                                   << "cn1"
                                   << "8333" << 600'000LL << 500LL;
    QTest::newRow("three-place price") << "synthetic_tests"
                                       << "cn1"
                                       << "us1"
                                       << "35000" << 143'000LL << 50LL;
    QTest::newRow("four-place quantity") << "timeseries"
                                         << "us1"
                                         << "cn1"
                                         << "0.0001" << 1'600'000LL << 0LL;
    QTest::newRow("same price both regions") << "session_replay"
                                             << "za1"
                                             << "cn1"
                                             << "1000" << 2'500'000LL << 250LL;
    QTest::newRow("sms, China") << "sms"
                                << "cn2"
                                << "cn1"
                                << "15" << 1'000'000LL << 150LL;
    QTest::newRow("sms overseas") << "sms"
                                  << "us1"
                                  << "cn1"
                                  << "15" << -1LL << 0LL;
    QTest::newRow("sms in USD") << "sms"
                                << "cn1"
                                << "us1"
                                << "15" << -1LL << 0LL;
    QTest::newRow("unknown item") << "disk"
                                  << "cn1"
                                  << "cn1"
                                  << "1" << -1LL << 0LL;
}

void TestSettlementUnits::rating()
{
    QFETCH(QString, item);
    QFETCH(QString, site);
    QFETCH(QString, registeredOn);
    QFETCH(QString, quantity);
    QFETCH(qint64, unitPriceMicros);
    QFETCH(qint64, cents);
    const BillLineRating rating(BillingCatalogue::builtIn());
    const auto quantityE4 = money::parseScaled(quantity, money::kQuantityPlaces);
    QVERIFY(quantityE4);
    const auto rated = rating.rate(item, site, rating.currencyOf(registeredOn), *quantityE4);
    QCOMPARE(rated.has_value(), unitPriceMicros >= 0);
    if (!rated)
        return;
    QCOMPARE(rated->unitPriceMicros, unitPriceMicros);
    QCOMPARE(rated->amountCents, cents);
}

void TestSettlementUnits::linesSumExactly()
{
    // Three lines of 0.0075 each: rounded per line (0.01 × 3), never on the sum (0.0225).
    const BillLineRating rating(BillingCatalogue::builtIn());
    qint64 total = 0;
    for (int i = 0; i < 3; ++i)
        total += rating.rate(u"apm_profiles", u"cn1"_qs, Currency::Cny, 3'750'000)->amountCents;
    QCOMPARE(total, 3LL);
    QCOMPARE(money::amountText(total), u"0.03"_qs);
}

void TestSettlementUnits::texts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole quantity") << "quantity" << 60'000'000LL << "6000";
    QTest::newRow("half") << "quantity" << 5'000LL << "0.5";
    QTest::newRow("four places") << "quantity" << 1LL << "0.0001";
    QTest::newRow("zero") << "quantity" << 0LL << "0";
    QTest::newRow("price 1.2") << "price" << 1'200'000LL << "1.20";
    QTest::newRow("price 0.143") << "price" << 143'000LL << "0.143";
    QTest::newRow("price 10") << "price" << 10'000'000LL << "10.00";
    QTest::newRow("price of micros") << "price" << 1LL << "0.000001";
}

void TestSettlementUnits::texts()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(kind == u"quantity" ? billtext::quantity(value) : billtext::unitPrice(value), text);
}

void TestSettlementUnits::billingDays_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("day");
    QTest::newRow("Beijing midnight") << "2026-11-24T16:00:00Z"
                                      << "2026-11-25";
    QTest::newRow("a second before") << "2026-11-24T15:59:59Z"
                                     << "2026-11-24";
    QTest::newRow("UTC noon") << "2026-11-25T12:00:00Z"
                              << "2026-11-25";
    QTest::newRow("new year in Beijing") << "2026-12-31T16:30:00Z"
                                         << "2027-01-01";
}

void TestSettlementUnits::billingDays()
{
    QFETCH(QString, utc);
    QFETCH(QString, day);
    const QDate parsed = billingday::of(QDateTime::fromString(utc, Qt::ISODate));
    QCOMPARE(billingday::text(parsed), day);
    QVERIFY(billingday::startOf(parsed) <= QDateTime::fromString(utc, Qt::ISODate));
    QVERIFY(billingday::endOf(parsed) > QDateTime::fromString(utc, Qt::ISODate));
    QCOMPARE(billingday::startOf(parsed).secsTo(billingday::endOf(parsed)), 86400);
    QVERIFY(!billingday::parse(u"2026-02-30"_qs));
    QVERIFY(!billingday::parseMonth(u"2026-13"_qs));
}

void TestSettlementUnits::payerAtDayEnd_data()
{
    QTest::addColumn<qint64>("dayEnd");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("status");
    QTest::newRow("before it existed: its first settlement") << kT0 - 10 << "billing_center"
                                                             << ""
                                                             << "active";
    QTest::newRow("after creation") << kT0 + 1 << "billing_center"
                                    << ""
                                    << "active";
    QTest::newRow("a change at the very end belongs to the next day") << kT1 << "billing_center"
                                                                      << ""
                                                                      << "active";
    QTest::newRow("after the switch: the new method pays") << kT1 + 1 << "aliyun"
                                                           << "111"
                                                           << "active";
    QTest::newRow("lock countdown: still runs") << kT2 + 1 << "aliyun"
                                                << "111"
                                                << "lock_pending";
    QTest::newRow("locked") << kT3 + 1 << "aliyun"
                            << "111"
                            << "locked";
    QTest::newRow("after the newest event: the row as it is") << kT4 + 86400 << "current"
                                                              << ""
                                                              << "current";
}

void TestSettlementUnits::payerAtDayEnd()
{
    QFETCH(qint64, dayEnd);
    QFETCH(QString, method);
    QFETCH(QString, instance);
    QFETCH(QString, status);
    DayEndSettlement dayEnd_(m_db.handle());
    // "current" marks the row as it is now, which the O(1) case must return untouched.
    const SettlementState now{u"current"_qs, {}, u"current"_qs};
    const SettlementState state = dayEnd_.at(dayEnd, now, m_last, kT4);
    QCOMPARE(state.method, method);
    QCOMPARE(state.instanceId, instance);
    QCOMPARE(state.status, status);
}

QTEST_GUILESS_MAIN(TestSettlementUnits)
#include "tst_settlement_units.moc"
