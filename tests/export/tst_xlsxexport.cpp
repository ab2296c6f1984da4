// The XLSX exports (issue 21), read back from real files by a reader of their own
// (XlsxTestReader.h): the same rows as the CSV, typed cells (IDs as strings, money as
// numbers with two places that equal the CSV's cents, real dates), the header frozen and
// filtered, widths that fit; the configuration imports back as the CSV's plan; a failed
// write leaves nothing.
#include "ActivityExport.h"
#include "ActivityFixtures.h"
#include "BillExport.h"
#include "BillFixtures.h"
#include "BillSheet.h"
#include "ExactDecimal.h"
#include "ExportTestFiles.h"
#include "PlanReader.h"
#include "WorkspaceExport.h"
#include "WorkspaceFixtures.h"
#include "XlsxTestReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <unistd.h>

using namespace billing;
using namespace billing::test;

namespace {
ExportDocument workspacesDocument(const QList<Workspace> &workspaces)
{
    return {QUrl(u"https://billing.example.com"_qs), u"demo"_qs, fixedNow(), workspaces};
}

BillExportDocument billDocument(const QList<BillLine> &lines, BillGrouping grouping)
{
    return {QUrl(u"https://billing.example.com"_qs),
            u"demo"_qs,
            u"2026-11"_qs,
            grouping,
            fixedNow(),
            lines};
}

// Workspaces whose names and IDs a spreadsheet likes to mangle.
QList<Workspace> trickyWorkspaces()
{
    QList<Workspace> list = syntheticWorkspaces(40);
    const QStringList names{u"生产环境-可观测性-华东二区的一个非常长的工作空间名称"_qs,
                            u"=HYPERLINK(\"http://x.example\",\"y\")"_qs,
                            u"+cmd|' /C calc'!A0"_qs,
                            u"-12.30"_qs,
                            u"0012345"_qs,
                            u"two\nlines"_qs,
                            u" leading and trailing "_qs,
                            u"1E+5"_qs};
    for (int i = 0; i < names.size(); ++i)
        list << makeWorkspace(100 + i, names.at(i), u"cn1"_qs,
                              i % 2 ? SettlementMethod::Aliyun : SettlementMethod::Huawei);
    return list;
}

TestXlsxWorkbook workbookAt(const QString &path)
{
    return TestXlsxWorkbook(readAll(path));
}

QString cellName(int row, int column)
{
    return QString(QChar(u'A' + column)) + QString::number(row + 1);
}

// With BILLING_XLSX_SAMPLES set (ctest does), a copy of the workbook goes there for the
// openpyxl check (check_xlsx_openpyxl.py).
void keepSample(const QString &path, const QString &name)
{
    const QString samples = qEnvironmentVariable("BILLING_XLSX_SAMPLES");
    if (samples.isEmpty() || !QDir().mkpath(samples))
        return;
    QFile::remove(QDir(samples).filePath(name));
    QFile::copy(path, QDir(samples).filePath(name));
}

qint64 signedCentsOf(const QString &amount)
{
    const bool negative = amount.startsWith(u'-');
    const auto cents = money::parseScaled(negative ? amount.mid(1) : amount, 2);
    return cents ? (negative ? -*cents : *cents) : std::numeric_limits<qint64>::min();
}
} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames();
    void workspacesSheetHasTheCsvRows();
    void columnWidthsFitTheText();
    void workspacesImportBackAsTheCsvPlan();
    void hundredThousandWorkspaces();
    void billSheetHasTheCsvRows_data();
    void billSheetHasTheCsvRows();
    void billSummaryTotalsAreExact();
    void activitySheetHasTheCsvRows();
    void failedWriteLeavesNothing();
    void unwritableFolderLeavesNothing();
};

void TestXlsxExport::formatNames()
{
    QVERIFY(exportFormatFromWire(u"XLSX"_qs) == ExportFormat::Xlsx);
    QCOMPARE(toWire(ExportFormat::Xlsx), u"xlsx"_qs);
    QVERIFY(billFormatFromWire(u"xlsx") == BillFormat::Xlsx);
    QCOMPARE(toWire(BillFormat::Xlsx), u"xlsx"_qs);
    // A workbook is a zip archive, whatever writes it.
    QVERIFY(exportTo(ExportFormat::Xlsx, workspacesDocument({})).startsWith("PK\x03\x04"));
    QVERIFY(billTo(BillFormat::Xlsx, billDocument({}, BillGrouping::Payer)).startsWith("PK"));
}

void TestXlsxExport::workspacesSheetHasTheCsvRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workspaces.xlsx"_qs);
    const QList<Workspace> workspaces = trickyWorkspaces();
    QString error;
    QVERIFY2(writeExport(path, ExportFormat::Xlsx, workspacesDocument(workspaces), &error),
             qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{u"workspaces.xlsx"_qs});
    keepSample(path, u"workspaces.xlsx"_qs);

    TestXlsxWorkbook workbook = workbookAt(path);
    QVERIFY2(workbook.errorString().isEmpty(), qPrintable(workbook.errorString()));
    QCOMPARE(workbook.sheetNames(), QStringList{u"Workspaces"_qs});
    const auto sheet = workbook.sheet(u"Workspaces"_qs);
    QVERIFY(sheet);
    const QStringList header = PlanReader::csvHeader();
    const auto columns = int(header.size());
    QCOMPARE(sheet->values(0, columns), header);
    QCOMPARE(sheet->rowCount, 1 + workspaces.size());
    for (int i = 0; i < workspaces.size(); ++i) {
        const QStringList fields = workspaceCsvFields(workspaces.at(i));
        QCOMPARE(sheet->values(i + 1, columns), fields);
        for (int c = 0; c < columns; ++c) {
            const TestXlsxCell cell = sheet->cell(i + 1, c);
            if (fields.at(c).isEmpty())
                continue;
            // Every cell a string; IDs ("1234567890123407", "6227101") formatted as text.
            QVERIFY2(cell.type == u"s", qPrintable(cellName(i + 1, c) + u' ' + cell.type));
            if (header.at(c) == u"id" || header.at(c).endsWith(u"_id"))
                QCOMPARE(cell.format, u"@"_qs);
        }
    }

    QCOMPARE(sheet->paneState, u"frozen"_qs);
    QCOMPARE(sheet->paneYSplit, 1.0);
    QCOMPARE(sheet->paneTopLeft, u"A2"_qs);
    QCOMPARE(sheet->autoFilter, u"A1:J"_qs + QString::number(1 + workspaces.size()));
    // Widths follow the text: the short language codes keep the minimum, an ID column is as
    // wide as its IDs (32 characters).
    const int language = int(header.indexOf(u"language"));
    const int account = int(header.indexOf(u"huawei_account_id"));
    QVERIFY(sheet->widths.value(language) < 12);
    QVERIFY(sheet->widths.value(account) >= 32 && sheet->widths.value(account) < 40);
}

void TestXlsxExport::columnWidthsFitTheText()
{
    const int name = int(PlanReader::csvHeader().indexOf(u"name"));
    const auto widthOfName = [name](const QString &text) {
        TestXlsxWorkbook workbook(
            exportTo(ExportFormat::Xlsx, workspacesDocument({makeWorkspace(1, text, u"cn1"_qs)})));
        return workbook.sheet(u"Workspaces"_qs).value_or(TestXlsxSheet{}).widths.value(name);
    };
    // 20 CJK characters take the room of 40 Latin ones; a very long name is capped.
    const double cjk = widthOfName(QString(20, QChar(u'云')));
    const double latin = widthOfName(QString(40, u'w'));
    const double half = widthOfName(QString(20, u'w'));
    QVERIFY2(cjk >= 40 && cjk < 45, qPrintable(QString::number(cjk)));
    QCOMPARE(cjk, latin);
    QVERIFY(half < cjk - 15);
    const double capped = widthOfName(QString(500, u'w'));
    QVERIFY2(capped >= 60 && capped < 62, qPrintable(QString::number(capped)));
}

void TestXlsxExport::workspacesImportBackAsTheCsvPlan()
{
    QTemporaryDir dir;
    const QList<Workspace> workspaces = trickyWorkspaces();
    const QString xlsx = dir.filePath(u"plan.xlsx"_qs), csv = dir.filePath(u"plan.csv"_qs);
    QString error;
    QVERIFY2(writeExport(xlsx, ExportFormat::Xlsx, workspacesDocument(workspaces), &error),
             qPrintable(error));
    QVERIFY2(writeExport(csv, ExportFormat::Csv, workspacesDocument(workspaces), &error),
             qPrintable(error));
    if (const QString problem = xlsxPlanReaderProblem(QStringLiteral(BILLING_SPREADSHEET_FIXTURES));
        !problem.isEmpty())
        QSKIP(qPrintable(u"the XLSX plan reader cannot read its own fixture yet: "_qs + problem));
    const PlanReadResult fromXlsx = PlanReader().readFile(xlsx);
    const PlanReadResult fromCsv = PlanReader().readFile(csv);
    QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.issues.value(0).message));
    QVERIFY(fromCsv.ok());
    QCOMPARE(fromXlsx.plan.rows.size(), workspaces.size());
    QCOMPARE(fromXlsx.plan.rows.size(), fromCsv.plan.rows.size());
    for (qsizetype i = 0; i < fromCsv.plan.rows.size(); ++i) {
        const PlanRow &a = fromXlsx.plan.rows.at(i), &b = fromCsv.plan.rows.at(i);
        const QStringList left{a.id,
                               a.name,
                               a.site,
                               a.language,
                               a.method,
                               a.aliyunAccountId,
                               a.huaweiAccountId,
                               a.instanceId,
                               a.subscriptionId,
                               a.status};
        const QStringList right{b.id,
                                b.name,
                                b.site,
                                b.language,
                                b.method,
                                b.aliyunAccountId,
                                b.huaweiAccountId,
                                b.instanceId,
                                b.subscriptionId,
                                b.status};
        QCOMPARE(left, right);
        QCOMPARE(a.name, workspaces.at(i).name);
    }
}

void TestXlsxExport::hundredThousandWorkspaces()
{
    const QList<Workspace> workspaces = syntheticWorkspaces(100000);
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = exportTo(ExportFormat::Xlsx, workspacesDocument(workspaces));
    qInfo() << "100 000 workspaces as xlsx:" << timer.elapsed() << "ms," << bytes.size() << "bytes";
    TestXlsxWorkbook workbook(bytes);
    const auto sheet = workbook.sheet(u"Workspaces"_qs);
    QVERIFY2(sheet, qPrintable(workbook.errorString()));
    QCOMPARE(sheet->rowCount, 1 + 100000);
    QCOMPARE(sheet->values(100000, 10), workspaceCsvFields(workspaces.last()));
    QCOMPARE(sheet->autoFilter, u"A1:J100001"_qs);
}

void TestXlsxExport::billSheetHasTheCsvRows_data()
{
    QTest::addColumn<BillGrouping>("grouping");
    for (const QString &name : billGroupingNames())
        QTest::newRow(qPrintable(name)) << *billGroupingFromWire(name);
}

void TestXlsxExport::billSheetHasTheCsvRows()
{
    QFETCH(BillGrouping, grouping);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bill.xlsx"_qs);
    const BillExportDocument document = billDocument(monthOfLines(), grouping);
    QString error;
    QVERIFY2(writeBillExport(path, BillFormat::Xlsx, document, &error), qPrintable(error));
    keepSample(path, u"bill-"_qs + toWire(grouping) + u".xlsx"_qs);
    TestXlsxWorkbook workbook = workbookAt(path);
    QCOMPARE(workbook.sheetNames(), (QStringList{u"Bill"_qs, u"Summary"_qs}));
    const auto sheet = workbook.sheet(u"Bill"_qs);
    QVERIFY(sheet);

    // The CSV's rows, split (the fixture's cells hold no comma or quote).
    QList<QStringList> csv;
    for (const QByteArray &line : billToCsv(document).split('\n')) {
        if (!line.isEmpty())
            csv.append(QString::fromUtf8(line.chopped(1)).split(u','));
    }
    const QStringList keys = csv.takeFirst();
    const auto columns = int(keys.size());
    QCOMPARE(sheet->rowCount, 1 + csv.size());
    QStringList header = keys;
    header.replaceInStrings(QRegularExpression(u"^(amount|unit_price)$"_qs), u"\\1 (CNY)"_qs);
    QCOMPARE(sheet->values(0, columns), header);

    qint64 sum = 0;
    for (int r = 0; r < csv.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QString &key = keys.at(c), &expected = csv.at(r).at(c);
            const TestXlsxCell cell = sheet->cell(r + 1, c);
            const QString where = cellName(r + 1, c) + u" (" + key + u')';
            if (expected.isEmpty()) {
                QVERIFY2(cell.value.isEmpty(), qPrintable(where));
            } else if (key == u"amount") {
                // A number with two places that is exactly the CSV's amount.
                QCOMPARE(cell.type, u"n"_qs);
                QCOMPARE(cell.format, u"#,##0.00"_qs);
                // The double nearest the exact amount, which Excel shows as those cents.
                QVERIFY2(cell.value.toDouble() == expected.toDouble()
                             && shownCents(cell.value) == signedCentsOf(expected),
                         qPrintable(where + u": " + cell.value + u" vs " + expected));
                if (r < csv.size() - 1 || grouping == BillGrouping::Line)
                    sum += shownCents(cell.value);
            } else if (key == u"unit_price" || key == u"quantity" || key == u"unit") {
                QCOMPARE(cell.type, u"n"_qs);
                QCOMPARE(cell.value.toDouble(), expected.toDouble());
            } else if (key == u"day") {
                QCOMPARE(cell.type, u"n"_qs);
                QCOMPARE(cell.format, u"yyyy-mm-dd"_qs);
                QCOMPARE(fromExcelSerial(cell.value.toDouble()).date(),
                         QDate::fromString(expected, Qt::ISODate));
            } else {
                QVERIFY2(cell.type == u"s", qPrintable(where));
                QCOMPARE(cell.value, expected);
                const bool totalRow = grouping != BillGrouping::Line && r == csv.size() - 1;
                if (key.endsWith(u"_id") && !totalRow)
                    QCOMPARE(cell.format, u"@"_qs); // "6227091" stays a string
            }
        }
    }
    QCOMPARE(sum, totalCents(document.lines));
    if (grouping != BillGrouping::Line)
        QCOMPARE(shownCents(sheet->values(csv.size(), columns).last()), totalCents(document.lines));
    QCOMPARE(sheet->paneState, u"frozen"_qs);
    QCOMPARE(sheet->paneTopLeft, u"A2"_qs);
    // The filter covers the rows, not the total row below them.
    const qsizetype filtered = grouping == BillGrouping::Line ? csv.size() : csv.size() - 1;
    QCOMPARE(sheet->autoFilter,
             u"A1:"_qs + QChar(u'A' + columns - 1) + QString::number(1 + filtered));
}

void TestXlsxExport::billSummaryTotalsAreExact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bill.xlsx"_qs);
    // Amounts whose sum a double gets wrong: 0.10 + 0.20 + … is not 0.30 + … in binary.
    QList<BillLine> lines = monthOfLines();
    for (int i = 0; i < 300; ++i)
        lines.append(billLine(1 + i % 30, u"ws_0009"_qs, u"logs"_qs, i % 3 ? 10 : 20));
    const BillExportDocument document = billDocument(lines, BillGrouping::Line);
    QString error;
    QVERIFY2(writeBillExport(path, BillFormat::Xlsx, document, &error), qPrintable(error));
    TestXlsxWorkbook workbook = workbookAt(path);
    const auto summary = workbook.sheet(u"Summary"_qs);
    QVERIFY(summary);
    QCOMPARE(summary->cell(0, 1).value, u"2026-11"_qs);
    QCOMPARE(summary->cell(1, 0).value, u"amount (CNY)"_qs);
    QCOMPARE(summary->cell(1, 1).type, u"n"_qs);
    QCOMPARE(summary->cell(1, 1).format, u"#,##0.00"_qs);
    QCOMPARE(shownCents(summary->cell(1, 1).value), totalCents(lines));

    // Each block is the grouped CSV's table: its rows and its exact total.
    int row = 3;
    for (const auto &[grouping, title] : {std::pair{BillGrouping::Payer, u"by payer"_qs},
                                          std::pair{BillGrouping::Item, u"by item"_qs},
                                          std::pair{BillGrouping::Site, u"by site"_qs}}) {
        QCOMPARE(summary->cell(row, 0).value, title);
        const BillSheet table = BillSheet::of(lines, grouping, u"CNY"_qs);
        const auto columns = int(table.columns.size());
        QCOMPARE(summary->cell(row + 1, columns - 1).value, u"amount (CNY)"_qs);
        for (int r = 0; r < table.rows.size(); ++r) {
            const int at = row + 2 + r;
            QCOMPARE(summary->cell(at, 0).value, table.rows.at(r).at(0));
            QCOMPARE(shownCents(summary->cell(at, columns - 1).value),
                     signedCentsOf(table.rows.at(r).last()));
        }
        const int totalRow = row + 2 + int(table.rows.size());
        QCOMPARE(summary->cell(totalRow, 0).value, u"total"_qs);
        QCOMPARE(shownCents(summary->cell(totalRow, columns - 1).value), totalCents(lines));
        row = totalRow + 2;
    }
    QVERIFY(summary->widths.value(0) >= 8);
}

void TestXlsxExport::activitySheetHasTheCsvRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.xlsx"_qs);
    ActivityExportDocument document{
        QUrl(u"https://billing.example.com"_qs), u"demo"_qs, {}, fixedNow(), makeEvents(25)};
    document.filter.since = fixedNow().addDays(-30);
    document.filter.until = fixedNow();
    QString error;
    QVERIFY2(writeActivityExport(path, ExportFormat::Xlsx, document, &error), qPrintable(error));
    keepSample(path, u"activity.xlsx"_qs);
    TestXlsxWorkbook workbook = workbookAt(path);
    QCOMPARE(workbook.sheetNames(), QStringList{u"Activity"_qs});
    const auto sheet = workbook.sheet(u"Activity"_qs);
    QVERIFY(sheet);
    const QStringList keys = activityCsvHeader();
    const auto columns = int(keys.size());
    QCOMPARE(sheet->cell(0, 0).value, u"id"_qs);
    QCOMPARE(sheet->cell(0, int(keys.indexOf(u"at"))).value, u"at (UTC)"_qs);
    QCOMPARE(sheet->rowCount, 1 + document.events.size());
    int lockTimes = 0;
    for (int r = 0; r < document.events.size(); ++r) {
        const SettlementEvent &event = document.events.at(r);
        const QStringList fields = activityCsvFields(event);
        for (int c = 0; c < columns; ++c) {
            const TestXlsxCell cell = sheet->cell(r + 1, c);
            const QString &key = keys.at(c);
            if (fields.at(c).isEmpty()) {
                QVERIFY(cell.value.isEmpty());
            } else if (key == u"at" || key == u"lock_at") {
                QCOMPARE(cell.type, u"n"_qs);
                QCOMPARE(cell.format, u"yyyy-mm-dd hh:mm:ss"_qs);
                QCOMPARE(fromExcelSerial(cell.value.toDouble()),
                         key == u"at" ? event.at : event.lockAt);
                lockTimes += key == u"lock_at";
            } else {
                QVERIFY2(cell.type == u"s", qPrintable(cellName(r + 1, c)));
                QCOMPARE(cell.value, fields.at(c));
                if (key == u"id" || key.endsWith(u"_id"))
                    QCOMPARE(cell.format, u"@"_qs);
            }
        }
    }
    QVERIFY(lockTimes > 0);
    QCOMPARE(sheet->paneState, u"frozen"_qs);
    QVERIFY(sheet->autoFilter.startsWith(u"A1:"));
    QVERIFY(sheet->autoFilter.endsWith(QString::number(1 + document.events.size())));
}

void TestXlsxExport::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    // QSaveFile's temporary name next to a 250-character name is too long for the file
    // system, so the write fails whatever the permissions (root included).
    const QString target = dir.filePath(QString(250, u'a') + u".xlsx");
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    QString error;
    QVERIFY(
        !writeExport(target, ExportFormat::Xlsx, workspacesDocument(trickyWorkspaces()), &error));
    QVERIFY2(error.startsWith(u"Cannot write "), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("old contents"));
    QCOMPARE(filesIn(dir.path()).size(), 1);

    const QString missing = dir.filePath(u"missing/bill.xlsx"_qs);
    QVERIFY(!writeBillExport(missing, BillFormat::Xlsx,
                             billDocument(monthOfLines(), BillGrouping::Payer), &error));
    QVERIFY2(error.contains(u"does not exist"), qPrintable(error));
    QCOMPARE(filesIn(dir.path()).size(), 1);

    const std::atomic_bool cancelled{true};
    const QString activity = dir.filePath(u"activity.xlsx"_qs);
    QVERIFY(!writeActivityExport(activity, ExportFormat::Xlsx, {}, &error, &cancelled));
    QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
    QCOMPARE(filesIn(dir.path()).size(), 1);
}

void TestXlsxExport::unwritableFolderLeavesNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"locked"_qs);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() == 0)
        QSKIP("root writes into a read-only folder");
    QString error;
    QVERIFY(!writeBillExport(folder + u"/bill.xlsx", BillFormat::Xlsx,
                             billDocument(monthOfLines(), BillGrouping::Line), &error));
    QVERIFY2(error.contains(u"permission"), qPrintable(error));
    QVERIFY(filesIn(folder).isEmpty());
    QVERIFY(!writeExport(folder + u"/workspaces.xlsx", ExportFormat::Xlsx,
                         workspacesDocument(trickyWorkspaces()), &error));
    QVERIFY(filesIn(folder).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
