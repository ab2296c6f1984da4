#include "ClientError.h"
#include "LanguageSetting.h"
#include "Translations.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;

class LanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void normalise_data();
    void normalise();
    void storedLanguageRoundTrip_data();
    void storedLanguageRoundTrip();
    void chineseTranslatesOursAndQts();
    void englishNeedsNoFile();
};

void LanguageTest::cleanup()
{
    Translations::uninstall();
}

void LanguageTest::normalise_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh-CN") << "zh-CN"
                           << "zh_CN";
    QTest::newRow("zh") << "zh"
                        << "zh_CN";
    QTest::newRow("zh-Hans-CN") << "zh-Hans-CN"
                                << "zh_CN";
    QTest::newRow("traditional") << "zh_TW"
                                 << "";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("EN with spaces") << "  EN "
                                    << "en";
    QTest::newRow("french") << "fr_FR"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void LanguageTest::normalise()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(Translations::normalise(given), expected);
}

void LanguageTest::storedLanguageRoundTrip_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("stored");
    QTest::newRow("chinese") << "zh_CN"
                             << "zh_CN";
    QTest::newRow("english") << "en"
                             << "en";
    QTest::newRow("system") << ""
                            << "";
    QTest::newRow("unsupported means system") << "klingon"
                                              << "";
}

void LanguageTest::storedLanguageRoundTrip()
{
    QFETCH(QString, chosen);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        storeLanguage(settings, QStringLiteral("en")); // something to replace
        storeLanguage(settings, chosen);
    }
    QSettings reopened(file, QSettings::IniFormat);
    QCOMPARE(storedLanguage(reopened), stored);
}

void LanguageTest::chineseTranslatesOursAndQts()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN"), {QStringLiteral(BILLING_QM_DIR)}));
    const ClientError cancelled = ClientError::make(ClientError::Kind::Cancelled, {});
    QCOMPARE(cancelled.userMessage(), QStringLiteral("已取消。"));
    // Qt's own dialogs (QMessageBox, QFileDialog...) from qtbase_zh_CN.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));

    Translations::uninstall();
    QCOMPARE(cancelled.userMessage(), QStringLiteral("Cancelled."));
}

void LanguageTest::englishNeedsNoFile()
{
    QVERIFY(Translations::install(QStringLiteral("en"), {}));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(LanguageTest)
#include "tst_language.moc"
