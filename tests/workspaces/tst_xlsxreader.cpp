// XLSX plans (issue 21): workbooks written by openpyxl, LibreOffice and as raw XML parts read
// to the same plan as the CSV of the same configuration; ID columns turned into numbers and
// broken or hostile workbooks give clear errors. The fixtures and how they were made:
// tests/fixtures/spreadsheets/README.md.
#include "PlanReader.h"
#include "PlanValidator.h"
#include "SiteTable.h"
#include "XlsxCells.h"
#include "XlsxReader.h"

#include <QFile>
#include <QTest>

using namespace billing;

namespace {
const QString kFixtures = QStringLiteral(BILLING_SPREADSHEET_FIXTURES "/xlsx/");

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString issuesText(const QList<PlanIssue> &issues)
{
    QStringList lines;
    for (const PlanIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

XlsxReader::Limits roomyLimits()
{
    return {PlanReader::kMaxFileBytes, 100000, 1000};
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsTheCsv_data();
    void readsAsTheCsv();
    void sheetNames();
    void cellTypes_data();
    void cellTypes();
    void numericIds_data();
    void numericIds();
    void brokenFiles_data();
    void brokenFiles();
    void hostileSheets_data();
    void hostileSheets();
    void limits_data();
    void limits();
    void cellRefs();
    void dateFormats_data();
    void dateFormats();
};

void TestXlsxReader::readsAsTheCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lastLine");
    // openpyxl and LibreOffice keep the blank row 12; the raw workbook has none.
    QTest::newRow("openpyxl") << "workspaces-openpyxl.xlsx" << 22;
    QTest::newRow("LibreOffice") << "workspaces-libreoffice.xlsx" << 22;
    QTest::newRow("raw XML, first sheet") << "workspaces-raw-xml.xlsx" << 21;
    QTest::newRow("raw XML, Workspaces second") << "workspaces-second-sheet.xlsx" << 21;
}

void TestXlsxReader::readsAsTheCsv()
{
    QFETCH(QString, file);
    QFETCH(int, lastLine);
    const PlanReadResult csv = PlanReader().readFile(kFixtures + u"workspaces.csv");
    QVERIFY2(csv.ok(), qPrintable(issuesText(csv.issues)));
    QCOMPARE(csv.plan.rows.size(), 20);

    const PlanReadResult xlsx = PlanReader().readFile(kFixtures + file);
    QVERIFY2(xlsx.ok(), qPrintable(issuesText(xlsx.issues)));
    QCOMPARE(int(xlsx.plan.format), int(Plan::Format::Xlsx));
    QCOMPARE(xlsx.plan.rows.size(), csv.plan.rows.size());
    for (qsizetype i = 0; i < csv.plan.rows.size(); ++i)
        QCOMPARE(xlsx.plan.rows.at(i).values(), csv.plan.rows.at(i).values());
    // Issues name the sheet's rows and columns.
    QCOMPARE(xlsx.plan.rows.first().line, 2);
    QCOMPARE(xlsx.plan.rows.last().line, lastLine);
    QCOMPARE(xlsx.plan.rows.first().columns.value(QStringLiteral("instance_id")), 8);

    const PlanValidator validator(SiteTable::builtIn(), {SettlementMethod::Azure});
    const QList<PlanIssue> issues = validator.validate(xlsx.plan);
    QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
}

void TestXlsxReader::sheetNames()
{
    XlsxReader openpyxl(fixture(QStringLiteral("workspaces-openpyxl.xlsx")), roomyLimits());
    QVERIFY2(openpyxl.isOpen(), qPrintable(openpyxl.errorString()));
    QCOMPARE(openpyxl.sheetNames(), QStringList({u"Workspaces"_qs, u"说明"_qs}));

    XlsxReader second(fixture(QStringLiteral("workspaces-second-sheet.xlsx")), roomyLimits());
    QCOMPARE(second.sheetNames(), QStringList({u"说明"_qs, u"Workspaces"_qs}));
    const std::optional<XlsxSheet> notes = second.readSheet(u"说明"_qs);
    QVERIFY2(notes.has_value(), qPrintable(second.errorString()));
    QCOMPARE(notes->rows.size(), 7);
    QVERIFY(!second.readSheet(u"Sheet9"_qs).has_value());
    QVERIFY(second.errorString().contains(u"Sheet9"));
}

void TestXlsxReader::cellTypes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");

    const int text = int(XlsxCell::Type::Text), number = int(XlsxCell::Type::Number),
              date = int(XlsxCell::Type::Date), boolean = int(XlsxCell::Type::Boolean),
              error = int(XlsxCell::Type::Error);
    for (const QString &file :
         {u"workspaces-openpyxl.xlsx"_qs, u"workspaces-libreoffice.xlsx"_qs}) {
        const auto tag = [&](const char *what) {
            return QByteArray(file.section(u'-', 1).toUtf8() + ' ' + what);
        };
        QTest::newRow(tag("datetime").constData())
            << file << u"说明"_qs << 1 << date << "2026-11-26T08:30:15";
        QTest::newRow(tag("date").constData()) << file << u"说明"_qs << 2 << date << "2026-11-26";
        QTest::newRow(tag("time").constData()) << file << u"说明"_qs << 3 << date << "08:30:15";
        QTest::newRow(tag("number").constData()) << file << u"说明"_qs << 4 << number << "20";
        QTest::newRow(tag("boolean").constData()) << file << u"说明"_qs << 5 << boolean << "TRUE";
        QTest::newRow(tag("fraction").constData()) << file << u"说明"_qs << 6 << number << "0.25";
        QTest::newRow(tag("custom date").constData())
            << file << u"说明"_qs << 7 << date << "2026-11-26";
    }
    const QString raw = QStringLiteral("workspaces-raw-xml.xlsx");
    QTest::newRow("raw datetime (22)") << raw << u"Notes"_qs << 1 << date << "2026-11-26T08:30:15";
    QTest::newRow("raw date (14)") << raw << u"Notes"_qs << 2 << date << "2026-11-26";
    QTest::newRow("raw 年月日") << raw << u"Notes"_qs << 3 << date << "2026-11-26";
    QTest::newRow("raw boolean") << raw << u"Notes"_qs << 4 << boolean << "TRUE";
    QTest::newRow("raw error") << raw << u"Notes"_qs << 5 << error << "#N/A";
    QTest::newRow("raw fraction") << raw << u"Notes"_qs << 6 << number << "0.25";
    QTest::newRow("raw [$-804]hh:mm:ss") << raw << u"Notes"_qs << 7 << date << "08:30:15";
    // A shared string of rich text runs and a phonetic run (in a row without cell references),
    // a formula's cached string, inline rich text.
    QTest::newRow("raw shared rich") << raw << u"工作区"_qs << 3 << text << "ws_00000000000000c2";
    QTest::newRow("raw formula string")
        << raw << u"工作区"_qs << 4 << text << "ws_00000000000000c3";
    QTest::newRow("raw inline rich") << raw << u"工作区"_qs << 5 << text << "ws_00000000000000c4";
}

void TestXlsxReader::cellTypes()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, row);
    QFETCH(int, type);
    QFETCH(QString, text);
    XlsxReader reader(fixture(file), roomyLimits());
    const std::optional<XlsxSheet> read = reader.readSheet(sheet);
    QVERIFY2(read.has_value(), qPrintable(reader.errorString()));
    const auto found = std::find_if(read->rows.cbegin(), read->rows.cend(),
                                    [&](const XlsxRow &r) { return r.number == row; });
    QVERIFY(found != read->rows.cend());
    // Column A of the plan sheet, column B of the notes.
    const int column = sheet == u"工作区" ? 0 : 1;
    const auto cell = std::find_if(found->cells.cbegin(), found->cells.cend(),
                                   [&](const XlsxCell &c) { return c.column == column; });
    QVERIFY(cell != found->cells.cend());
    QCOMPARE(cell->text, text);
    QCOMPARE(int(cell->type), type);
}

void TestXlsxReader::numericIds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messages");
    const QString lost = QStringLiteral(" and lost its last digits; format the column as Text "
                                        "and type the ID again");
    QTest::newRow("Excel")
        << "numeric-ids-excel.xlsx"
        << QStringList{
               "F2: the spreadsheet stored the account ID as a number (1.23456789012346E+15)"
                   + lost,
               "F4: the spreadsheet stored the account ID as a number (2.23456789012346E+15)"
                   + lost,
               "H4: the spreadsheet stored the instance ID as a number (7.12345678901235E+18)"
                   + lost,
               "F13: the spreadsheet stored the account ID as a number (3.23456789012346E+15)"
                   + lost,
               "F21: the spreadsheet stored the account ID as a number (4.23456789012346E+15)"
                   + lost};
    QTest::newRow("LibreOffice from CSV")
        << "numeric-ids-libreoffice.xlsx"
        << QStringList{
               "F2: the spreadsheet stored the account ID as a number (1234567890123460)" + lost,
               "F4: the spreadsheet stored the account ID as a number (2234567890123460)" + lost,
               "H4: the spreadsheet stored the instance ID as a number (7.12345678901235E+018)"
                   + lost,
               "F13: the spreadsheet stored the account ID as a number (3234567890123460)" + lost,
               "F21: the spreadsheet stored the account ID as a number (4234567890123460)" + lost};
}

void TestXlsxReader::numericIds()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messages);
    const PlanReadResult result = PlanReader().read(fixture(file));
    QStringList found;
    for (const PlanIssue &issue : result.issues)
        found.append(issue.message);
    QCOMPARE(found, messages);
    // The issue points at the cell: row and column of the sheet, the CSV column's name.
    QCOMPARE(result.issues.first().line, 2);
    QCOMPARE(result.issues.first().column, 6);
    QCOMPARE(result.issues.first().field, u"aliyun_account_id"_qs);
    // Rows with a lost ID are not read; short numbers (instance 6227091 of row 2, 42) are
    // fine but row 2 has a lost account ID too.
    QCOMPARE(result.plan.rows.size(), 16);
    for (const PlanRow &row : result.plan.rows)
        QVERIFY(row.method != u"aliyun");
}

void TestXlsxReader::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    const QByteArray good = fixture(QStringLiteral("workspaces-raw-xml.xlsx"));
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not a readable zip archive";
    QTest::newRow("only the magic") << QByteArray("PK\x03\x04") << "not a readable zip archive";
    // The first entry is the plan sheet: its deflated data starts after a 30-byte header and
    // the name (24 bytes).
    QByteArray corrupt = good;
    for (qsizetype i = 70; i < 200; ++i)
        corrupt[i] = char(corrupt.at(i) ^ 0x5a);
    QTest::newRow("corrupt data") << corrupt << "xl/worksheets/sheet1.xml is damaged (";
    QTest::newRow("missing sheet") << fixture(QStringLiteral("missing-sheet.xlsx"))
                                   << "the archive has no xl/worksheets/sheet1.xml";
    QTest::newRow("zip bomb") << fixture(QStringLiteral("zip-bomb.xlsx"))
                              << "xl/worksheets/sheet1.xml unpacks to 300.0 MiB; a workbook may "
                                 "unpack to at most 256.0 MiB in all";
    QTest::newRow("entry larger than it says")
        << fixture(QStringLiteral("lying-size.xlsx"))
        << "xl/worksheets/sheet1.xml holds more data than its header says";
    QTest::newRow("a zip, not a workbook") << fixture(QStringLiteral("workspaces-raw-xml.xlsx"))
                                                  .replace("xl/workbook.xml", "xl/notebook.xml")
                                           << "the file has no xl/workbook.xml";
}

void TestXlsxReader::brokenFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const PlanReadResult result = PlanReader().read(data);
    QCOMPARE(int(result.plan.format), int(Plan::Format::Xlsx));
    QVERIFY(result.plan.rows.isEmpty());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().line, 0); // the file as a whole: it cannot be read
    QVERIFY2(result.issues.first().message.startsWith(u"cannot read the workbook: "),
             qPrintable(result.issues.first().message));
    QVERIFY2(result.issues.first().message.contains(expected),
             qPrintable(result.issues.first().message));
}

void TestXlsxReader::hostileSheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    const QString sheet = QStringLiteral("cannot read the workbook: sheet \"工作区\" "
                                         "(xl/worksheets/sheet1.xml): ");
    QTest::newRow("cell in another row")
        << "cell-in-wrong-row.xlsx" << 0 << 0 << sheet + u"cell \"A3\" is not a cell of row 2";
    QTest::newRow("missing shared string")
        << "shared-string-missing.xlsx" << 0 << 0
        << sheet + u"cell A2 names shared string 9999, but the workbook has";
    QTest::newRow("rows out of order")
        << "rows-out-of-order.xlsx" << 0 << 0 << sheet + u"row 2 is not a row number after 3";
    QTest::newRow("broken XML") << "broken-xml.xlsx" << 0 << 0
                                << sheet + u"not valid XML (line 2: ";
    QTest::newRow("value right of the header")
        << "value-right-of-header.xlsx" << 2 << 11 << "11 fields where the header has 10";
    QTest::newRow("empty sheet") << "empty-sheet.xlsx" << 1 << 1
                                 << "sheet \"工作区\" is empty; expected the header";
}

void TestXlsxReader::hostileSheets()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const PlanReadResult result = PlanReader().read(fixture(file));
    QVERIFY(result.plan.rows.isEmpty());
    QCOMPARE(result.issues.size(), 1);
    QVERIFY2(result.issues.first().message.startsWith(expected),
             qPrintable(result.issues.first().message));
    QCOMPARE(result.issues.first().line, line);
    QCOMPARE(result.issues.first().column, column);
}

void TestXlsxReader::limits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<int>("cells");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("expected");
    // openpyxl's sheet is 9 538 bytes unpacked; the parts read before it about 5 000.
    QTest::newRow("unpacked bytes") << "workspaces-openpyxl.xlsx" << qint64(10000) << 1000 << 100
                                    << "xl/worksheets/sheet1.xml unpacks to";
    QTest::newRow("rows") << "workspaces-openpyxl.xlsx" << qint64(1 << 20) << 1000 << 5
                          << "the sheet has more than 5 rows";
    QTest::newRow("values") << "workspaces-openpyxl.xlsx" << qint64(1 << 20) << 50 << 100
                            << "the sheet has more than 50 values";
    QTest::newRow("shared strings") << "workspaces-libreoffice.xlsx" << qint64(1 << 20) << 50 << 100
                                    << "xl/sharedStrings.xml has more than 50 strings";
}

void TestXlsxReader::limits()
{
    QFETCH(QString, file);
    QFETCH(qint64, bytes);
    QFETCH(int, cells);
    QFETCH(int, rows);
    QFETCH(QString, expected);
    XlsxReader reader(fixture(file), {bytes, cells, rows});
    QVERIFY(!reader.isOpen() || !reader.readSheet(u"Workspaces"_qs).has_value());
    QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
    // The same workbook within its limits reads.
    XlsxReader unlimited(fixture(file), roomyLimits());
    QVERIFY2(unlimited.readSheet(u"Workspaces"_qs).has_value(),
             qPrintable(unlimited.errorString()));
}

void TestXlsxReader::cellRefs()
{
    using xlsx::parseCellRef;
    QCOMPARE(parseCellRef(u"A1")->column, 0);
    QCOMPARE(parseCellRef(u"C7")->column, 2);
    QCOMPARE(parseCellRef(u"C7")->row, 7);
    QCOMPARE(parseCellRef(u"AA10")->column, 26);
    QCOMPARE(parseCellRef(u"XFD1048576")->column, 16383);
    QVERIFY(!parseCellRef(u"XFE1"));
    QVERIFY(!parseCellRef(u"A1048577"));
    QVERIFY(!parseCellRef(u"A0"));
    QVERIFY(!parseCellRef(u"1A"));
    QVERIFY(!parseCellRef(u"A"));
    QVERIFY(!parseCellRef(u"AAAA1"));
    QCOMPARE(xlsx::columnName(0), u"A"_qs);
    QCOMPARE(xlsx::columnName(26), u"AA"_qs);
    QCOMPARE(xlsx::columnName(16383), u"XFD"_qs);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int none = int(xlsx::DateKind::None), date = int(xlsx::DateKind::Date),
              time = int(xlsx::DateKind::Time), dateTime = int(xlsx::DateKind::DateTime);
    QTest::newRow("General") << "General" << none;
    QTest::newRow("0.00E+00") << "0.00E+00" << none;
    QTest::newRow("#,##0.00 \"days\"") << "#,##0.00 \"days\"" << none;
    QTest::newRow("[Red]0.00") << "[Red]0.00" << none;
    QTest::newRow("yyyy-mm-dd") << "yyyy-mm-dd" << date;
    QTest::newRow("mmm-yy") << "mmm-yy" << date;
    QTest::newRow("年月日") << "yyyy\"年\"m\"月\"d\"日\"" << date;
    QTest::newRow("[$-804]hh:mm:ss") << "[$-804]hh:mm:ss;@" << time;
    QTest::newRow("[h]:mm") << "[h]:mm" << time;
    QTest::newRow("yyyy-mm-dd h:mm:ss") << "yyyy-mm-dd h:mm:ss" << dateTime;
    QTest::newRow("escaped d") << "0\\d" << none;
}

void TestXlsxReader::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(xlsx::customDateKind(code)), kind);
    // The built-in formats, and Excel's day 60 (1900-02-29, which did not exist).
    QCOMPARE(int(xlsx::builtInDateKind(14)), int(xlsx::DateKind::Date));
    QCOMPARE(int(xlsx::builtInDateKind(22)), int(xlsx::DateKind::DateTime));
    QCOMPARE(int(xlsx::builtInDateKind(49)), int(xlsx::DateKind::None));
    QCOMPARE(xlsx::serialToIso(1, xlsx::DateKind::Date, false).value_or(QString()),
             u"1900-01-01"_qs);
    QCOMPARE(xlsx::serialToIso(61, xlsx::DateKind::Date, false).value_or(QString()),
             u"1900-03-01"_qs);
    QCOMPARE(xlsx::serialToIso(0, xlsx::DateKind::Date, true).value_or(QString()),
             u"1904-01-01"_qs);
    QVERIFY(!xlsx::serialToIso(-1, xlsx::DateKind::Date, false));
    QVERIFY(!xlsx::serialToIso(3e6, xlsx::DateKind::Date, false));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
