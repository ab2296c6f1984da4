// The Costs tab's rules without a server (issue 17): which months are offered (Beijing-time
// months) and what the wallet banner says.
#include "CostMonths.h"
#include "MoneyText.h"
#include "WalletAlert.h"
#include "WalletState.h"

#include <QTest>

using namespace billing;

class TestCostsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthOf_data();
    void monthOf();
    void monthsThrough();
    void walletAlert_data();
    void walletAlert();
};

void TestCostsRules::monthOf_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("month");
    QTest::newRow("mid-month") << QDateTime(QDate(2026, 11, 15), {12, 0}, Qt::UTC) << "2026-11";
    QTest::newRow("16:00 UTC is midnight in Beijing")
        << QDateTime(QDate(2026, 11, 30), {16, 0}, Qt::UTC) << "2026-12";
    QTest::newRow("a second before")
        << QDateTime(QDate(2026, 11, 30), {15, 59, 59}, Qt::UTC) << "2026-11";
    QTest::newRow("new year") << QDateTime(QDate(2026, 12, 31), {20, 0}, Qt::UTC) << "2027-01";
}

void TestCostsRules::monthOf()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, month);
    QCOMPARE(CostMonths::monthOf(at), month);
}

void TestCostsRules::monthsThrough()
{
    QCOMPARE(CostMonths::through(QStringLiteral("2027-02"), 4),
             (QStringList{"2027-02", "2027-01", "2026-12", "2026-11"}));
    QCOMPARE(CostMonths::through(QStringLiteral("2027-02")).size(), CostMonths::kOffered);
    QVERIFY(CostMonths::through(QStringLiteral("2027-13")).isEmpty());
    QVERIFY(!CostMonths::firstDay(QStringLiteral("2027-1")).isValid());
}

void TestCostsRules::walletAlert_data()
{
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<bool>("lowBalance");
    QTest::addColumn<int>("daysCovered"); // -1: none
    QTest::addColumn<bool>("countdown");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("contains");
    const auto none = int(WalletAlert::Kind::None);
    QTest::newRow("healthy") << qint64(10000) << false << 30 << false << none << "";
    QTest::newRow("low, days known") << qint64(5000) << true << 2 << false
                                     << int(WalletAlert::Kind::LowBalance) << "about 2 day";
    QTest::newRow("low, no charges")
        << qint64(5) << true << -1 << false << int(WalletAlert::Kind::LowBalance) << "running low";
    QTest::newRow("arrears, countdown")
        << qint64(-1230) << true << 0 << true << int(WalletAlert::Kind::LockCountdown) << "12.30";
    QTest::newRow("arrears, no countdown")
        << qint64(-1230) << true << 0 << false << int(WalletAlert::Kind::Arrears) << "12.30";
}

void TestCostsRules::walletAlert()
{
    QFETCH(qint64, cash);
    QFETCH(bool, lowBalance);
    QFETCH(int, daysCovered);
    QFETCH(bool, countdown);
    QFETCH(int, kind);
    QFETCH(QString, contains);
    WalletState wallet;
    wallet.currency = QStringLiteral("CNY");
    wallet.cashCents = cash;
    wallet.arrearsCents = std::max<qint64>(0, -cash);
    wallet.lowBalance = lowBalance;
    if (daysCovered >= 0)
        wallet.daysCovered = daysCovered;
    const QDateTime lockAt(QDate(2026, 12, 17), {16, 0}, Qt::UTC);
    if (countdown)
        wallet.lockAt = lockAt;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const WalletAlert alert = WalletAlert::of(wallet, english);
    QCOMPARE(int(alert.kind), kind);
    QCOMPARE(alert.text.isEmpty(), kind == int(WalletAlert::Kind::None));
    QVERIFY2(alert.text.contains(contains), qPrintable(alert.text));
    if (countdown)
        QVERIFY(alert.text.contains(english.toString(lockAt.toLocalTime(), QLocale::ShortFormat)));
}

QTEST_GUILESS_MAIN(TestCostsRules)
#include "tst_costs_rules.moc"
