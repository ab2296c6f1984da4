#include "AliyunIds.h"

#include <QTest>

using namespace billing;

class TestAliyunIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountId_data();
    void accountId();
    void instanceId_data();
    void instanceId();
    void messagesAreDistinct();
};

void TestAliyunIds::accountId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<IdError>("error");
    QTest::addColumn<int>("digits");

    const QString uid = QStringLiteral("1234567890123456");
    QTest::newRow("plain") << uid << uid << IdError::None << 16;
    QTest::newRow("leading space") << (u"  " + uid) << uid << IdError::None << 16;
    QTest::newRow("trailing newline") << (uid + u"\n") << uid << IdError::None << 16;
    QTest::newRow("crlf and tab") << (u"\t" + uid + u"\r\n") << uid << IdError::None << 16;
    QTest::newRow("no-break space") << (QChar(0x00A0) + uid) << uid << IdError::None << 16;
    QTest::newRow("leading zero allowed")
        << QStringLiteral("0000000000000001") << QStringLiteral("0000000000000001") << IdError::None
        << 16;
    QTest::newRow("ram form") << (u"alice@" + uid) << uid << IdError::None << 16;
    QTest::newRow("ram with domain")
        << (u"ops@corp.onaliyun.com@" + uid) << uid << IdError::None << 16;
    QTest::newRow("ram padded") << (u" dev@" + uid + u" ") << uid << IdError::None << 16;
    QTest::newRow("empty") << QString() << QString() << IdError::Empty << 0;
    QTest::newRow("only spaces") << QStringLiteral("   \n") << QString() << IdError::Empty << 0;
    QTest::newRow("ram without uid")
        << QStringLiteral("alice@") << QString() << IdError::Empty << 0;
    QTest::newRow("ram without name") << (u"@" + uid) << QString() << IdError::RamNameMissing << 0;
    QTest::newRow("15 digits") << QStringLiteral("123456789012345") << QString()
                               << IdError::WrongLength << 15;
    QTest::newRow("17 digits") << QStringLiteral("12345678901234567") << QString()
                               << IdError::WrongLength << 17;
    QTest::newRow("ram short uid")
        << QStringLiteral("bob@12345") << QString() << IdError::WrongLength << 5;
    QTest::newRow("inner space") << QStringLiteral("12345678 90123456") << QString()
                                 << IdError::NotDigits << 0;
    QTest::newRow("dashes") << QStringLiteral("1234-5678-9012-3456") << QString()
                            << IdError::NotDigits << 0;
    QTest::newRow("letters") << QStringLiteral("12345678901234ab") << QString()
                             << IdError::NotDigits << 0;
    QTest::newRow("sign") << QStringLiteral("+234567890123456") << QString() << IdError::NotDigits
                          << 0;
    QTest::newRow("full-width digits") << QStringLiteral("１２３４５６７８９０１２３４５６")
                                       << QString() << IdError::NotDigits << 0;
    QTest::newRow("arabic-indic digits")
        << QString(16, QChar(0x0661)) << QString() << IdError::NotDigits << 0;
}

void TestAliyunIds::accountId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(IdError, error);
    QFETCH(int, digits);
    const IdParseResult result = parseAliyunAccountId(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.value, expected);
    QCOMPARE(result.ok(), error == IdError::None);
    QCOMPARE(result.message().isEmpty(), result.ok());
    if (error == IdError::WrongLength) {
        QCOMPARE(result.digits, digits);
        QVERIFY2(result.message().contains(QString::number(digits)), qPrintable(result.message()));
    }
}

void TestAliyunIds::instanceId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<IdError>("error");

    QTest::newRow("seed example") << QStringLiteral("6227091") << QStringLiteral("6227091")
                                  << IdError::None;
    QTest::newRow("ten digits") << QStringLiteral("1551111111") << QStringLiteral("1551111111")
                                << IdError::None;
    QTest::newRow("one") << QStringLiteral("1") << QStringLiteral("1") << IdError::None;
    QTest::newRow("padded") << QStringLiteral(" 6227091\n") << QStringLiteral("6227091")
                            << IdError::None;
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807")
                               << QStringLiteral("9223372036854775807") << IdError::None;
    QTest::newRow("int64 max + 1")
        << QStringLiteral("9223372036854775808") << QString() << IdError::OutOfRange;
    QTest::newRow("19 nines") << QStringLiteral("9999999999999999999") << QString()
                              << IdError::OutOfRange;
    QTest::newRow("20 digits") << QStringLiteral("12345678901234567890") << QString()
                               << IdError::TooLong;
    QTest::newRow("zero") << QStringLiteral("0") << QString() << IdError::LeadingZero;
    QTest::newRow("leading zero") << QStringLiteral("06227091") << QString()
                                  << IdError::LeadingZero;
    QTest::newRow("negative") << QStringLiteral("-6227091") << QString() << IdError::NotDigits;
    QTest::newRow("plus") << QStringLiteral("+6227091") << QString() << IdError::NotDigits;
    QTest::newRow("decimal") << QStringLiteral("6227091.0") << QString() << IdError::NotDigits;
    QTest::newRow("inner space") << QStringLiteral("622 7091") << QString() << IdError::NotDigits;
    QTest::newRow("hex") << QStringLiteral("0x5f0a13") << QString() << IdError::NotDigits;
    QTest::newRow("letters") << QStringLiteral("i-6227091") << QString() << IdError::NotDigits;
    QTest::newRow("empty") << QString() << QString() << IdError::Empty;
    QTest::newRow("blank") << QStringLiteral(" \t ") << QString() << IdError::Empty;
}

void TestAliyunIds::instanceId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(IdError, error);
    const IdParseResult result = parseInstanceId(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.value, expected);
    QCOMPARE(result.message().isEmpty(), result.ok());
}

void TestAliyunIds::messagesAreDistinct()
{
    const QList<IdError> errors{IdError::Empty,          IdError::NotDigits,   IdError::WrongLength,
                                IdError::RamNameMissing, IdError::LeadingZero, IdError::TooLong,
                                IdError::OutOfRange};
    QSet<QString> messages;
    for (IdError error : errors)
        messages.insert(IdParseResult{QString(), error, 3}.message());
    QCOMPARE(messages.size(), errors.size());
}

QTEST_GUILESS_MAIN(TestAliyunIds)
#include "tst_aliyunids.moc"
