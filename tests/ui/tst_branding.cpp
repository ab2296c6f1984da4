// The white-label configuration: built-in defaults and an override file that may be wrong.
#include "Branding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;

class TestBranding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDefaults();
    void override_data();
    void override();
    void missingOverrideUsesDefaults();
};

void TestBranding::builtInDefaults()
{
    const Branding branding = Branding::builtIn();
    QCOMPARE(branding.brandName, u"Observability Cloud"_qs);
    QCOMPARE(branding.marketplaceProductUrl,
             QUrl(u"https://market.aliyun.com/products/56838014/cmgj00053362.html"_qs));
    QVERIFY(branding.billingCenterUrl.isValid());
    QVERIFY(branding.termsUrl.isValid());
}

void TestBranding::override_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("billingCenter");
    QTest::addColumn<bool>("warns");

    const QString defaultCenter = Branding::builtIn().billingCenterUrl.toString();
    QTest::newRow("full") << QByteArray(R"({"brandName":" Guance ","billingCenterUrl":)"
                                        R"("https://boss.example.cn"})")
                          << u"Guance"_qs << u"https://boss.example.cn"_qs << false;
    QTest::newRow("brand only") << QByteArray(R"({"brandName":"Acme Observe"})")
                                << u"Acme Observe"_qs << defaultCenter << false;
    QTest::newRow("not JSON") << QByteArray("brandName = Acme") << u"Observability Cloud"_qs
                              << defaultCenter << true;
    QTest::newRow("array") << QByteArray("[]") << u"Observability Cloud"_qs << defaultCenter
                           << true;
    QTest::newRow("empty brand") << QByteArray(R"({"brandName":"  "})") << u"Observability Cloud"_qs
                                 << defaultCenter << true;
    QTest::newRow("brand not a string")
        << QByteArray(R"({"brandName":42})") << u"Observability Cloud"_qs << defaultCenter << true;
    QTest::newRow("url without scheme")
        << QByteArray(R"({"brandName":"Acme","billingCenterUrl":"boss.example.cn"})")
        << u"Observability Cloud"_qs << defaultCenter << true;
    QTest::newRow("javascript url")
        << QByteArray(R"json({"marketplaceProductUrl":"javascript:alert(1)"})json")
        << u"Observability Cloud"_qs << defaultCenter << true;
}

void TestBranding::override()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, brand);
    QFETCH(QString, billingCenter);
    QFETCH(bool, warns);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"branding.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    if (warns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring .*branding.json"_qs));
    const Branding branding = Branding::load(path);
    QCOMPARE(branding.brandName, brand);
    QCOMPARE(branding.billingCenterUrl.toString(), billingCenter);
    QVERIFY(branding.marketplaceProductUrl.isValid());
}

void TestBranding::missingOverrideUsesDefaults()
{
    QTemporaryDir dir;
    const Branding branding = Branding::load(dir.filePath(u"absent.json"_qs));
    QCOMPARE(branding.brandName, Branding::builtIn().brandName);
}

QTEST_GUILESS_MAIN(TestBranding)
#include "tst_branding.moc"
