// Exact money (billing.md): decimal strings in and out, half-up rounding once per bill line,
// and a bill whose total is the sum of its lines' rounded amounts.
#include "ExactDecimal.h"

#include <QTest>

using namespace billing::money;

class TestExactDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseScaled_data();
    void parseScaled();
    void formatScaled_data();
    void formatScaled();
    void roundedDivision_data();
    void roundedDivision();
    void lineAmount_data();
    void lineAmount();
    void billTotalIsTheSumOfItsRoundedLines();
};

void TestExactDecimal::parseScaled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("whole") << "6000" << 4 << true << qint64(60000000);
    QTest::newRow("four places") << "1.2345" << 4 << true << qint64(12345);
    QTest::newRow("fewer places") << "13.4" << 2 << true << qint64(1340);
    QTest::newRow("zero") << "0" << 2 << true << qint64(0);
    QTest::newRow("leading zeros") << "007.50" << 2 << true << qint64(750);
    QTest::newRow("price in micros") << "0.143" << 6 << true << qint64(143000);
    QTest::newRow("too many places") << "1.23456" << 4 << false << qint64(0);
    QTest::newRow("negative") << "-1" << 2 << false << qint64(0);
    QTest::newRow("plus sign") << "+1" << 2 << false << qint64(0);
    QTest::newRow("exponent") << "1e3" << 4 << false << qint64(0);
    QTest::newRow("empty") << "" << 2 << false << qint64(0);
    QTest::newRow("only a dot") << "." << 2 << false << qint64(0);
    QTest::newRow("no whole part") << ".5" << 2 << false << qint64(0);
    QTest::newRow("no fraction after dot") << "5." << 2 << false << qint64(0);
    QTest::newRow("two dots") << "1.2.3" << 4 << false << qint64(0);
    QTest::newRow("space") << " 1" << 2 << false << qint64(0);
    QTest::newRow("comma") << "1,000" << 2 << false << qint64(0);
    QTest::newRow("full-width digit") << "１" << 2 << false << qint64(0);
    QTest::newRow("largest") << "922337203685477.5807" << 4 << true
                             << std::numeric_limits<qint64>::max();
    QTest::newRow("overflow by scale") << "922337203685477.5808" << 4 << false << qint64(0);
    QTest::newRow("overflow by digits") << "99999999999999999999" << 0 << false << qint64(0);
}

void TestExactDecimal::parseScaled()
{
    QFETCH(QString, text);
    QFETCH(int, places);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    const auto parsed = billing::money::parseScaled(text, places);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void TestExactDecimal::formatScaled_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("text");
    QTest::newRow("cents") << qint64(1340) << 2 << "13.40";
    QTest::newRow("under one") << qint64(5) << 2 << "0.05";
    QTest::newRow("zero") << qint64(0) << 2 << "0.00";
    QTest::newRow("negative") << qint64(-1205) << 2 << "-12.05";
    QTest::newRow("whole") << qint64(42) << 0 << "42";
    QTest::newRow("most negative")
        << std::numeric_limits<qint64>::min() << 2 << "-92233720368547758.08";
}

void TestExactDecimal::formatScaled()
{
    QFETCH(qint64, value);
    QFETCH(int, places);
    QFETCH(QString, text);
    QCOMPARE(billing::money::formatScaled(value, places), text);
    if (value != std::numeric_limits<qint64>::min() && value >= 0)
        QCOMPARE(billing::money::parseScaled(text, places), std::optional<qint64>(value));
}

void TestExactDecimal::roundedDivision_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("half goes up") << qint64(5000) << kMicrosPerCent << qint64(1);
    QTest::newRow("just under half") << qint64(4999) << kMicrosPerCent << qint64(0);
    QTest::newRow("exact") << qint64(20000) << kMicrosPerCent << qint64(2);
    QTest::newRow("negative half away from zero") << qint64(-5000) << kMicrosPerCent << qint64(-1);
    QTest::newRow("negative under half") << qint64(-4999) << kMicrosPerCent << qint64(0);
    QTest::newRow("odd divisor down") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("odd divisor up") << qint64(2) << qint64(3) << qint64(1);
}

void TestExactDecimal::roundedDivision()
{
    QFETCH(qint64, value);
    QFETCH(qint64, divisor);
    QFETCH(qint64, rounded);
    QCOMPARE(billing::money::roundedDivision(value, divisor), rounded);
}

void TestExactDecimal::lineAmount_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("amount");
    // 6 000 time series at CNY 0.6 per 1 000: 3.60.
    QTest::newRow("time series") << "6000" << qint64(1000) << "0.6"
                                 << "3.60";
    // 2.5 M log records at 1.2 per million: 3.00.
    QTest::newRow("logs") << "2500000" << qint64(1000000) << "1.2"
                          << "3.00";
    // 1 dial at USD 0.143 per 10 000: 0.0000143 → 0.00.
    QTest::newRow("tiny") << "1" << qint64(10000) << "0.143"
                          << "0.00";
    // 35 dials at 0.143 per 10 000 = 0.00050050 → micros 501 → 0.00 (half-up at the cent
    // only once: 0.000501 rounds down).
    QTest::newRow("rounded once") << "35" << qint64(10000) << "0.143"
                                  << "0.00";
    // 350 000 dials = 5.005 → half-up: 5.01.
    QTest::newRow("half a cent goes up") << "350000" << qint64(10000) << "0.143"
                                         << "5.01";
    // A fractional quantity: 0.5 SMS units of 10 at 1 = 0.05.
    QTest::newRow("fractional quantity") << "0.5" << qint64(10) << "1"
                                         << "0.05";
    QTest::newRow("zero") << "0" << qint64(1000) << "1.6"
                          << "0.00";
}

void TestExactDecimal::lineAmount()
{
    QFETCH(QString, quantity);
    QFETCH(qint64, unit);
    QFETCH(QString, price);
    QFETCH(QString, amount);
    const auto q = billing::money::parseScaled(quantity, kQuantityPlaces);
    const auto p = billing::money::parseScaled(price, 6);
    QVERIFY(q && p);
    const auto micros = lineMicros(*q, unit, *p);
    QVERIFY(micros);
    QCOMPARE(amountText(centsOf(*micros)), amount);
}

void TestExactDecimal::billTotalIsTheSumOfItsRoundedLines()
{
    // Three lines of 0.005 each: each rounds to 0.01, so the bill says 0.03, not 0.015 → 0.02.
    const qint64 price = *billing::money::parseScaled(u"1", 6);
    qint64 totalCents = 0;
    for (int line = 0; line < 3; ++line)
        totalCents += centsOf(*lineMicros(50, 1, price)); // 0.005 × 1
    QCOMPARE(amountText(totalCents), QStringLiteral("0.03"));
    QVERIFY(!lineMicros(-1, 1, price));
    QVERIFY(!lineMicros(1, 0, price));
}

QTEST_GUILESS_MAIN(TestExactDecimal)
#include "tst_exactdecimal.moc"
