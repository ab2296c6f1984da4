// The billing item catalogue (billing.md) as the client and the server read it: every item,
// unit and price of the contract's table, China and international prices by site, the
// currency by registration site, and what is not offered.
#include "BillingCatalogue.h"
#include "ExactDecimal.h"

#include <QTest>

using namespace billing;

class TestBillingCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyItemOfTheContract_data();
    void everyItemOfTheContract();
    void smsOnlyOnChinaSitesInYuan();
    void currencyFollowsTheRegistrationSite();
    void unknownItemHasNoPrice();
    void brokenCataloguesAreRefused_data();
    void brokenCataloguesAreRefused();
};

void TestBillingCatalogue::everyItemOfTheContract_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<bool>("dailyPeak");
    QTest::addColumn<QString>("cnyChina");
    QTest::addColumn<QString>("cnyIntl");
    QTest::addColumn<QString>("usdChina");
    QTest::addColumn<QString>("usdIntl");
    QTest::newRow("timeseries") << "timeseries" << qint64(1000) << true << "0.6"
                                << "1.6"
                                << "0.09"
                                << "0.23";
    QTest::newRow("logs") << "logs" << qint64(1000000) << false << "1.2"
                          << "2.4"
                          << "0.17"
                          << "0.34";
    QTest::newRow("apm_traces") << "apm_traces" << qint64(1000000) << false << "3"
                                << "10"
                                << "0.43"
                                << "1.4";
    QTest::newRow("apm_profiles") << "apm_profiles" << qint64(10000) << false << "0.2"
                                  << "0.4"
                                  << "0.03"
                                  << "0.06";
    QTest::newRow("rum_pv") << "rum_pv" << qint64(10000) << false << "1"
                            << "3"
                            << "0.14"
                            << "0.43";
    QTest::newRow("session_replay") << "session_replay" << qint64(1000) << true << "2.5"
                                    << "2.5"
                                    << "0.35"
                                    << "0.35";
    QTest::newRow("synthetic_tests") << "synthetic_tests" << qint64(10000) << false << "1"
                                     << "10"
                                     << "0.143"
                                     << "1.43";
    QTest::newRow("task_calls") << "task_calls" << qint64(10000) << false << "1"
                                << "2"
                                << "0.14"
                                << "0.3";
}

void TestBillingCatalogue::everyItemOfTheContract()
{
    QFETCH(QString, code);
    QFETCH(qint64, unit);
    QFETCH(bool, dailyPeak);
    QFETCH(QString, cnyChina);
    QFETCH(QString, cnyIntl);
    QFETCH(QString, usdChina);
    QFETCH(QString, usdIntl);
    const BillingCatalogue &catalogue = BillingCatalogue::builtIn();
    const BillingItem *item = catalogue.find(code);
    QVERIFY(item);
    QCOMPARE(item->unit, unit);
    QCOMPARE(item->dailyPeak, dailyPeak);
    QVERIFY(!item->nameEn.isEmpty() && !item->nameZh.isEmpty() && !item->unitLabelEn.isEmpty());
    const auto micros = [](const QString &text) {
        return money::parseScaled(text, 6);
    };
    // cn1, cn2, cn4 are China price sites; cn6 and the overseas sites international.
    for (const QString &site : {u"cn1"_qs, u"cn2"_qs, u"cn4"_qs}) {
        QCOMPARE(catalogue.priceMicros(code, site, Currency::Cny), micros(cnyChina));
        QCOMPARE(catalogue.priceMicros(code, site, Currency::Usd), micros(usdChina));
    }
    for (const QString &site : {u"cn6"_qs, u"us1"_qs, u"eu1"_qs, u"ap1"_qs, u"za1"_qs, u"id1"_qs}) {
        QCOMPARE(catalogue.priceMicros(code, site, Currency::Cny), micros(cnyIntl));
        QCOMPARE(catalogue.priceMicros(code, site, Currency::Usd), micros(usdIntl));
    }
}

void TestBillingCatalogue::smsOnlyOnChinaSitesInYuan()
{
    const BillingCatalogue &catalogue = BillingCatalogue::builtIn();
    QCOMPARE(catalogue.items().size(), 9);
    QCOMPARE(catalogue.priceMicros(u"sms", u"cn1"_qs, Currency::Cny),
             std::optional<qint64>(1'000'000));
    QCOMPARE(catalogue.find(u"sms")->unit, 10);
    QVERIFY(!catalogue.priceMicros(u"sms", u"cn1"_qs, Currency::Usd));
    QVERIFY(!catalogue.priceMicros(u"sms", u"cn6"_qs, Currency::Cny));
    QVERIFY(!catalogue.priceMicros(u"sms", u"us1"_qs, Currency::Usd));
}

void TestBillingCatalogue::currencyFollowsTheRegistrationSite()
{
    const BillingCatalogue &catalogue = BillingCatalogue::builtIn();
    for (const QString &site : {u"cn1"_qs, u"cn2"_qs, u"cn4"_qs})
        QCOMPARE(catalogue.currencyForRegistrationSite(site), Currency::Cny);
    for (const QString &site : {u"cn6"_qs, u"us1"_qs, u"id1"_qs})
        QCOMPARE(catalogue.currencyForRegistrationSite(site), Currency::Usd);
    QCOMPARE(toWire(Currency::Cny), u"CNY"_qs);
    QCOMPARE(toWire(Currency::Usd), u"USD"_qs);
}

void TestBillingCatalogue::unknownItemHasNoPrice()
{
    QVERIFY(!BillingCatalogue::builtIn().find(u"bandwidth"));
    QVERIFY(!BillingCatalogue::builtIn().priceMicros(u"bandwidth", u"cn1"_qs, Currency::Cny));
}

void TestBillingCatalogue::brokenCataloguesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray head = R"({"format":"billing-desk.billing-items","version":1,)"
                            R"("chinaPriceSites":["cn1"],"items":[)";
    const QByteArray item = R"({"code":"x","name":{"en":"X","zh":"X"},"unit":10,)"
                            R"("unitLabel":{"en":"10"},"countedAs":"daily_sum","prices":)";
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("another format") << QByteArray(R"({"format":"billing-desk.workspaces"})");
    QTest::newRow("no items") << head + "]}";
    QTest::newRow("float price") << head + item + R"({"CNY":{"china":0.6,"intl":null}}}]})";
    QTest::newRow("negative price") << head + item + R"({"CNY":{"china":"-1","intl":null}}}]})";
    QTest::newRow("twice") << head + item + R"({})}," + item + R"({})}]})";
    QTest::newRow("no unit") << head
                                    + R"({"code":"x","name":{"en":"X","zh":"X"},"countedAs":)"
                                      R"("daily_sum","prices":{}}]})";
}

void TestBillingCatalogue::brokenCataloguesAreRefused()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!BillingCatalogue::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestBillingCatalogue)
#include "tst_billingcatalogue.moc"
