#include "SiteTable.h"

#include <QTest>

using namespace billing;

class TestSiteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEverySite();
    void methodsPerSite_data();
    void methodsPerSite();
    void unknownSite();
    void badTables_data();
    void badTables();
    void methodWireNames();
};

void TestSiteTable::builtInHasEverySite()
{
    const SiteTable &table = SiteTable::builtIn();
    QStringList codes;
    for (const Site &site : table.sites())
        codes << site.code;
    QCOMPARE(codes, (QStringList{u"cn1"_qs, u"cn2"_qs, u"cn4"_qs, u"cn6"_qs, u"us1"_qs, u"eu1"_qs,
                                 u"ap1"_qs, u"za1"_qs, u"id1"_qs}));
    QCOMPARE(table.find(u"cn1"_qs)->name, u"China 1 (Hangzhou)"_qs);
    QCOMPARE(table.find(u"cn6"_qs)->providerName, u"Alibaba Cloud (international)"_qs);
}

void TestSiteTable::methodsPerSite_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<SettlementMethod>>("methods");
    using M = SettlementMethod;
    QTest::newRow("cn1") << u"cn1"_qs << QList<M>{M::BillingCenter, M::Aliyun};
    QTest::newRow("cn2") << u"cn2"_qs << QList<M>{M::BillingCenter, M::Aws};
    QTest::newRow("cn4") << u"cn4"_qs << QList<M>{M::BillingCenter, M::Huawei};
    QTest::newRow("cn6") << u"cn6"_qs << QList<M>{M::BillingCenter, M::Aliyun};
    QTest::newRow("us1") << u"us1"_qs << QList<M>{M::BillingCenter, M::Aws};
    QTest::newRow("eu1") << u"eu1"_qs << QList<M>{M::BillingCenter, M::Aws};
    QTest::newRow("ap1") << u"ap1"_qs << QList<M>{M::BillingCenter, M::Aws};
    QTest::newRow("za1") << u"za1"_qs << QList<M>{M::BillingCenter, M::Huawei};
    QTest::newRow("id1") << u"id1"_qs << QList<M>{M::BillingCenter};
}

void TestSiteTable::methodsPerSite()
{
    QFETCH(QString, code);
    QFETCH(QList<SettlementMethod>, methods);
    const auto site = SiteTable::builtIn().find(code);
    QVERIFY(site);
    QCOMPARE(site->methods, methods);
    QVERIFY(!site->offers(SettlementMethod::Azure));
}

void TestSiteTable::unknownSite()
{
    QVERIFY(!SiteTable::builtIn().find(u"xx9"_qs));
    QVERIFY(!SiteTable::builtIn().contains(QString()));
    QVERIFY(!SiteTable::builtIn().contains(u"CN1"_qs));
}

void TestSiteTable::badTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{sites");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no sites") << QByteArray(R"({"providers":{},"sites":[]})");
    QTest::newRow("unknown provider")
        << QByteArray(R"({"providers":{},"sites":[{"code":"a","name":"A","provider":"p"}]})");
    QTest::newRow("unknown method") << QByteArray(
        R"({"providers":{"p":{"name":"P","marketplaceMethod":"gcp"}},"sites":[{"code":"a","name":"A","provider":"p"}]})");
    QTest::newRow("missing name") << QByteArray(
        R"({"providers":{"p":{"name":"P"}},"sites":[{"code":"a","provider":"p"}]})");
}

void TestSiteTable::badTables()
{
    QFETCH(QByteArray, json);
    QString error;
    const SiteTable table = SiteTable::fromJson(json, &error);
    QVERIFY(table.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSiteTable::methodWireNames()
{
    QStringList wires;
    for (SettlementMethod method : allSettlementMethods()) {
        wires << toWire(method);
        QCOMPARE(settlementMethodFromWire(toWire(method)), method);
    }
    QCOMPARE(wires, (QStringList{u"billing_center"_qs, u"aliyun"_qs, u"aws"_qs, u"huawei"_qs,
                                 u"azure"_qs}));
    QVERIFY(!settlementMethodFromWire(u"Aliyun"_qs));
    QVERIFY(!settlementMethodFromWire(QString()));
    QVERIFY(!isCloudMethod(SettlementMethod::BillingCenter));
    QVERIFY(isCloudMethod(SettlementMethod::Azure));
}

QTEST_GUILESS_MAIN(TestSiteTable)
#include "tst_sitetable.moc"
