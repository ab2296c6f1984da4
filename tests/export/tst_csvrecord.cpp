// app/export/CsvRecord: the formula-safety rule of every CSV the app writes (a quote before a
// cell a spreadsheet would run, plain numbers left alone) and its exact inverse.
#include "CsvRecord.h"

#include <QTest>

using namespace billing;

class TestCsvRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formulaSafeCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("text") << u"Checkout"_qs << u"Checkout"_qs;
        QTest::newRow("equals") << u"=1+2"_qs << u"'=1+2"_qs;
        QTest::newRow("hyperlink")
            << u"=HYPERLINK(\"http://x\")"_qs << u"'=HYPERLINK(\"http://x\")"_qs;
        QTest::newRow("plus command") << u"+cmd|' /C calc'!A0"_qs << u"'+cmd|' /C calc'!A0"_qs;
        QTest::newRow("minus text") << u"-prod"_qs << u"'-prod"_qs;
        QTest::newRow("minus formula") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("carriage return") << u"\rx"_qs << u"'\rx"_qs;
        QTest::newRow("lone minus") << u"-"_qs << u"'-"_qs;
        QTest::newRow("minus dot") << u"-.5"_qs << u"'-.5"_qs;
        QTest::newRow("minus exponent") << u"-1e5"_qs << u"'-1e5"_qs;
        QTest::newRow("negative amount") << u"-12.30"_qs << u"-12.30"_qs;
        QTest::newRow("negative integer") << u"-7"_qs << u"-7"_qs;
        QTest::newRow("plus number") << u"+5"_qs << u"+5"_qs;
        QTest::newRow("amount") << u"13.40"_qs << u"13.40"_qs;
        QTest::newRow("formula inside") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("space first") << u" =x"_qs << u" =x"_qs;
        QTest::newRow("quoted formula") << u"'=x"_qs << u"''=x"_qs;
        QTest::newRow("quoted text") << u"'hello"_qs << u"'hello"_qs;
        QTest::newRow("quoted number") << u"'-12.30"_qs << u"'-12.30"_qs;
        QTest::newRow("only quotes") << u"''"_qs << u"''"_qs;
    }
    void formulaSafeCell()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(billing::formulaSafeCell(cell), written);
        QCOMPARE(fromFormulaSafeCell(written), cell);
    }

    void recordsAreFormulaSafeAndQuoted()
    {
        QByteArray csv;
        appendCsvRecord(csv, {u"=1+2"_qs, u"-12.30"_qs, u"=a,b"_qs, u"@x"_qs, u"中文"_qs});
        QCOMPARE(csv, QByteArray("'=1+2,-12.30,\"'=a,b\",'@x,\xE4\xB8\xAD\xE6\x96\x87\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvRecord)
#include "tst_csvrecord.moc"
