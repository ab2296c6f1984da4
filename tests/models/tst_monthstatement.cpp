// The Costs tab's values (issue 17): money shown by locale with its currency, a month's
// statement and the wallet as the server sends them, and every breakdown adding up to the
// cent.
#include "ExactDecimal.h"
#include "MoneyText.h"
#include "MonthStatement.h"
#include "WalletState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace billing;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// A November with two payers, two items, two sites and two days, 12.00 in all.
const char *kStatement = R"({"month":"2026-11","currency":"CNY","total":"12.00",
 "byPayer":[{"payer":{"method":"billing_center"},"total":"7.20","status":"charged"},
            {"payer":{"method":"aliyun","instanceId":"6227091"},"total":"4.00",
             "status":"push_failed"},
            {"payer":{"method":"aws"},"total":"0.80","status":"pending_push"}],
 "byItem":[{"item":"logs","total":"9.60","quantity":"8000000"},
           {"item":"rum_pv","total":"2.40","quantity":"24000"}],
 "bySite":[{"site":"cn1","total":"10.00"},{"site":"cn2","total":"2.00"}],
 "byDay":[{"day":"2026-11-01","total":"5.00","byItem":{"logs":"4.00","rum_pv":"1.00"}},
          {"day":"2026-11-02","total":"7.00","byItem":{"logs":"5.60","rum_pv":"1.40"}}],
 "settledThrough":"2026-11-02"})";
} // namespace

class TestMonthStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCents_data();
    void parseCents();
    void moneyText_data();
    void moneyText();
    void quantityText_data();
    void quantityText();
    void statementReads();
    void statementRejects_data();
    void statementRejects();
    void statementThatDoesNotAddUp_data();
    void statementThatDoesNotAddUp();
    void walletReads();
    void walletInArrears();
    void walletRejects_data();
    void walletRejects();
};

void TestMonthStatement::parseCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("two places") << "13.40" << true << qint64(1340);
    QTest::newRow("one place") << "7.2" << true << qint64(720);
    QTest::newRow("whole") << "15" << true << qint64(1500);
    QTest::newRow("negative") << "-12.30" << true << qint64(-1230);
    QTest::newRow("zero") << "0.00" << true << qint64(0);
    QTest::newRow("three places") << "1.234" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("only sign") << "-" << false << qint64(0);
    QTest::newRow("double sign") << "--1" << false << qint64(0);
    QTest::newRow("letters") << "1.2a" << false << qint64(0);
}

void TestMonthStatement::parseCents()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const auto parsed = money::parseCents(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, cents);
}

void TestMonthStatement::moneyText_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("CNY in English") << qint64(123450) << "CNY"
                                    << "en_GB"
                                    << "CN¥1,234.50";
    QTest::newRow("CNY in Chinese") << qint64(123450) << "CNY"
                                    << "zh_CN"
                                    << "¥1,234.50";
    QTest::newRow("USD in the US") << qint64(5) << "USD"
                                   << "en_US"
                                   << "$0.05";
    QTest::newRow("USD in Chinese") << qint64(100000000) << "USD"
                                    << "zh_CN"
                                    << "US$1,000,000.00";
    QTest::newRow("negative") << qint64(-1230) << "CNY"
                              << "en_US"
                              << "-CN¥12.30";
    QTest::newRow("German digits") << qint64(123456) << "USD"
                                   << "de_DE"
                                   << "US$1.234,56";
    QTest::newRow("other currency") << qint64(100) << "EUR"
                                    << "en_US"
                                    << "EUR 1.00";
    QTest::newRow("largest") << std::numeric_limits<qint64>::min() << "CNY"
                             << "C"
                             << "-CN¥92233720368547758.08";
}

void TestMonthStatement::moneyText()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(money::moneyText(cents, currency, QLocale(locale)), text);
    if (cents > std::numeric_limits<qint64>::min())
        QCOMPARE(money::moneyText(money::amountText(cents), currency, QLocale(locale)), text);
}

void TestMonthStatement::quantityText_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("grouped") << "8000000"
                             << "en_US"
                             << "8,000,000";
    QTest::newRow("decimals kept") << "1234.5678"
                                   << "de_DE"
                                   << "1.234,5678";
    QTest::newRow("small") << "6"
                           << "zh_CN"
                           << "6";
    QTest::newRow("beyond double") << "123456789012345678"
                                   << "en_US"
                                   << "123,456,789,012,345,678";
    QTest::newRow("not a number") << "lots"
                                  << "en_US"
                                  << "lots";
    QTest::newRow("bad decimals") << "1.2.3"
                                  << "en_US"
                                  << "1.2.3";
}

void TestMonthStatement::quantityText()
{
    QFETCH(QString, quantity);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(money::quantityText(quantity, QLocale(locale)), text);
}

void TestMonthStatement::statementReads()
{
    QString error;
    const auto statement = MonthStatement::fromJson(object(kStatement), &error);
    QVERIFY2(statement, qPrintable(error));
    QCOMPARE(statement->month, "2026-11");
    QCOMPARE(statement->currency, "CNY");
    QCOMPARE(statement->totalCents, 1200);
    QCOMPARE(statement->byPayer.size(), 3);
    QCOMPARE(statement->byPayer.at(2).payer.method, "aws");
    QVERIFY(statement->byPayer.at(2).payer.instanceId.isEmpty());
    QVERIFY(statement->byPayer.at(0).payer.isWallet());
    QCOMPARE(statement->byPayer.at(1).payer.instanceId, "6227091");
    QCOMPARE(statement->byPayer.at(1).status, "push_failed");
    QCOMPARE(statement->byItem.at(0).quantity, "8000000");
    QCOMPARE(statement->bySite.at(1).cents, 200);
    QCOMPARE(statement->byDay.at(1).day, QDate(2026, 11, 2));
    QCOMPARE(statement->byDay.at(1).byItem.size(), 2);
    QCOMPARE(statement->settledThrough, QDate(2026, 11, 2));
    QVERIFY(statement->addsUp());
}

void TestMonthStatement::statementRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad month") << R"("month":"2026-11")"
                               << R"("month":"2026-13")"
                               << "month";
    QTest::newRow("no currency") << R"("currency":"CNY")"
                                 << R"("currency":"")"
                                 << "currency";
    QTest::newRow("float total") << R"("total":"12.00")"
                                 << R"("total":12.0)"
                                 << "total";
    QTest::newRow("instance without id") << R"({"method":"aliyun","instanceId":"6227091"})"
                                         << R"({"method":"aliyun"})"
                                         << "byPayer[1]";
    QTest::newRow("no method") << R"({"method":"billing_center"})"
                               << R"({"method":""})"
                               << "byPayer[0]";
    QTest::newRow("item amount") << R"("total":"2.40")"
                                 << R"("total":"2.4x")"
                                 << "byItem[1]";
    QTest::newRow("no sites") << R"("bySite")"
                              << R"("sites")"
                              << "bySite";
    QTest::newRow("bad day") << R"("day":"2026-11-02")"
                             << R"("day":"11/02")"
                             << "byDay[1]";
    QTest::newRow("bad day item") << R"("rum_pv":"1.40")"
                                  << R"("rum_pv":1.4)"
                                  << "byDay[1]";
    QTest::newRow("settled through") << R"("settledThrough":"2026-11-02")"
                                     << R"("settledThrough":"yesterday")"
                                     << "settledThrough";
}

void TestMonthStatement::statementRejects()
{
    QFETCH(QString, key);
    QFETCH(QString, replacement);
    QFETCH(QString, field);
    QString json = QString::fromUtf8(kStatement);
    QVERIFY(json.contains(key));
    json.replace(key, replacement);
    QString error;
    QVERIFY(!MonthStatement::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error));
    QCOMPARE(error, field);
}

void TestMonthStatement::statementThatDoesNotAddUp_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("replacement");
    QTest::newRow("payer") << R"("total":"7.20")"
                           << R"("total":"7.21")";
    QTest::newRow("item") << R"("total":"9.60")"
                          << R"("total":"9.59")";
    QTest::newRow("site") << R"("total":"10.00")"
                          << R"("total":"10.01")";
    QTest::newRow("day") << R"("total":"5.00")"
                         << R"("total":"5.01")";
    QTest::newRow("day's item") << R"("logs":"4.00")"
                                << R"("logs":"4.01")";
}

void TestMonthStatement::statementThatDoesNotAddUp()
{
    QFETCH(QString, key);
    QFETCH(QString, replacement);
    QString json = QString::fromUtf8(kStatement);
    QVERIFY(json.contains(key));
    json.replace(key, replacement);
    const auto statement =
        MonthStatement::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(statement);
    QVERIFY(!statement->addsUp());
}

void TestMonthStatement::walletReads()
{
    const auto wallet = WalletState::fromJson(object(R"({"currency":"CNY","cash":"100.50",
        "arrears":"0.00","vouchers":[{"id":"v1","amount":"50.00","remaining":"20.25",
        "expiresAt":"2026-12-31T16:00:00Z"}],"averageDailyCharge":"40.00","daysCovered":3,
        "lowBalance":false})"));
    QVERIFY(wallet);
    QCOMPARE(wallet->cashCents, 10050);
    QCOMPARE(wallet->voucherCents(), 2025);
    QCOMPARE(wallet->balanceCents(), 12075);
    QCOMPARE(wallet->vouchers.at(0).expiresAt, QDateTime(QDate(2026, 12, 31), {16, 0}, Qt::UTC));
    QCOMPARE(wallet->daysCovered, 3);
    QVERIFY(!wallet->lockCountdown());
}

void TestMonthStatement::walletInArrears()
{
    const auto wallet = WalletState::fromJson(object(R"({"currency":"USD","cash":"-12.30",
        "arrears":"12.30","vouchers":[],"averageDailyCharge":"0.00","daysCovered":null,
        "lowBalance":true,"lockAt":"2026-12-17T16:00:00Z"})"));
    QVERIFY(wallet);
    QCOMPARE(wallet->cashCents, -1230);
    QCOMPARE(wallet->arrearsCents, 1230);
    QVERIFY(!wallet->daysCovered);
    QVERIFY(wallet->lowBalance);
    QVERIFY(wallet->lockCountdown());
}

void TestMonthStatement::walletRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    const QString good = R"({"currency":"CNY","cash":"1.00","arrears":"0.00","vouchers":[],
        "averageDailyCharge":"0.00","daysCovered":null,"lowBalance":false%1})";
    QTest::newRow("no currency") << QString(good).replace(R"("CNY")", R"("")").arg("")
                                 << "currency";
    QTest::newRow("cash as number") << QString(good).replace(R"("1.00")", "1").arg("") << "cash";
    QTest::newRow("vouchers missing")
        << QString(good).replace(R"("vouchers":[],)", "").arg("") << "vouchers";
    QTest::newRow("voucher without expiry")
        << QString(good).replace("[]", R"([{"id":"v","amount":"1.00","remaining":"1.00"}])").arg("")
        << "vouchers[0]";
    QTest::newRow("days as text") << QString(good).replace("null", R"("3")").arg("")
                                  << "daysCovered";
    QTest::newRow("bad lock time") << QString(good).arg(R"(,"lockAt":"soon")") << "lockAt";
}

void TestMonthStatement::walletRejects()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!WalletState::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error));
    QCOMPARE(error, field);
}

QTEST_GUILESS_MAIN(TestMonthStatement)
#include "tst_monthstatement.moc"
