// The bill export (app/export Bill*): CSV, JSON and table forms of a month's lines and of
// their groups, sums exact to the cent, formula-safe cells, atomic writes, the offline copy.
#include "BillCache.h"
#include "BillExport.h"
#include "BillFixtures.h"
#include "BillMonth.h"
#include "BillReader.h"
#include "BillSheet.h"
#include "CsvRecord.h"
#include "ExportTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QUrl kServer(u"https://billing.example.com"_qs);

BillExportDocument documentOf(const QList<BillLine> &lines, BillGrouping grouping)
{
    return {kServer,
            u"demo"_qs,
            u"2026-11"_qs,
            grouping,
            QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
            lines};
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // '\r'
    return lines;
}

} // namespace

class TestBillExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineCsvHasTheIssueColumns()
    {
        QList<BillLine> lines{billLine(25, u"ws_0001"_qs, u"logs"_qs, 720, u"6227091"_qs,
                                       BillLineStatus::PushFailed)};
        lines.first().workspaceName = u"Sales, EMEA"_qs;
        const QList<QByteArray> csv = csvLines(billToCsv(documentOf(lines, BillGrouping::Line)));
        QCOMPARE(csv.size(), 2); // no total row: every row is a line
        QCOMPARE(csv.at(0), "day,workspace_id,workspace_name,site,item,quantity,unit,unit_price,"
                            "currency,amount,payer_method,payer_id,status");
        QCOMPARE(csv.at(1), "2026-11-25,ws_0001,\"Sales, EMEA\",cn6,logs,6000.5,1000000,1.20,CNY,"
                            "7.20,aliyun,6227091,push_failed");
    }

    void groupedCsv_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("groups");
        QTest::newRow("payer") << int(BillGrouping::Payer)
                               << QByteArray("payer_method,payer_id,status,currency,amount") << 2;
        QTest::newRow("item") << int(BillGrouping::Item)
                              << QByteArray("item,quantity,unit,currency,amount") << 3;
        QTest::newRow("site") << int(BillGrouping::Site) << QByteArray("site,currency,amount") << 2;
        QTest::newRow("workspace")
            << int(BillGrouping::Workspace)
            << QByteArray("workspace_id,workspace_name,site,currency,amount") << 3;
    }
    void groupedCsv()
    {
        QFETCH(int, grouping);
        QFETCH(QByteArray, header);
        QFETCH(int, groups);
        const QList<BillLine> lines = monthOfLines();
        const QList<QByteArray> csv =
            csvLines(billToCsv(documentOf(lines, BillGrouping(grouping))));
        QCOMPARE(csv.first(), header);
        QCOMPARE(csv.size(), groups + 2);
        // Every group's amount, and the total row, add up exactly to the lines' amounts.
        qint64 sum = 0;
        for (qsizetype i = 1; i <= groups; ++i)
            sum += centsOf(QString::fromUtf8(csv.at(i).split(',').last()));
        const QList<QByteArray> total = csv.last().split(',');
        QCOMPARE(total.first(), "total");
        QCOMPARE(total.at(total.size() - 2), "CNY");
        QCOMPARE(centsOf(QString::fromUtf8(total.last())), totalCents(lines));
        QCOMPARE(sum, totalCents(lines));
    }

    void groupsAddUpToTheCent_data()
    {
        QTest::addColumn<int>("grouping");
        for (BillGrouping grouping :
             {BillGrouping::Payer, BillGrouping::Item, BillGrouping::Site, BillGrouping::Workspace})
            QTest::newRow(qPrintable(toWire(grouping))) << int(grouping);
    }
    void groupsAddUpToTheCent()
    {
        QFETCH(int, grouping);
        // 10 000 lines of 0.01 … 0.99: a sum of doubles would drift, integer cents do not.
        QList<BillLine> lines;
        for (int i = 0; i < 10000; ++i)
            lines.append(billLine(1 + i % 30, u"ws_%1"_qs.arg(i % 17), u"logs"_qs, 1 + i % 99,
                                  i % 3 ? QString() : u"62%1"_qs.arg(i % 4)));
        qint64 expected = 0;
        for (const BillLine &line : lines)
            expected += line.amountCents;
        const QList<BillGroup> groups = groupBillLines(lines, BillGrouping(grouping));
        qint64 sum = 0;
        qint64 counted = 0;
        for (const BillGroup &group : groups) {
            sum += group.amountCents;
            counted += group.lines;
        }
        QCOMPARE(counted, lines.size());
        QCOMPARE(sum, expected);
        const QJsonObject json =
            QJsonDocument::fromJson(billToJson(documentOf(lines, BillGrouping(grouping)))).object();
        QCOMPARE(centsOf(json.value(u"total").toString()), expected);
        qint64 jsonSum = 0;
        for (const QJsonValue &row : json.value(u"rows").toArray())
            jsonSum += centsOf(row.toObject().value(u"total").toString());
        QCOMPARE(jsonSum, expected);
    }

    void payerRowsOrderAndStatus()
    {
        const QList<BillGroup> payers = groupBillLines(monthOfLines(), BillGrouping::Payer);
        QCOMPARE(payers.size(), 2);
        QCOMPARE(payers.at(0).payerMethod, SettlementMethod::BillingCenter);
        QCOMPARE(payers.at(0).status, BillLineStatus::Charged);
        QCOMPARE(payers.at(1).payerInstanceId, u"6227091"_qs);
        // push_failed (day 7) outranks pending_push (day 30) and pushed.
        QCOMPARE(payers.at(1).status, BillLineStatus::PushFailed);
    }

    void itemRowsFollowTheCatalogue()
    {
        const QList<BillGroup> items = groupBillLines(monthOfLines(), BillGrouping::Item);
        QStringList codes;
        for (const BillGroup &group : items)
            codes.append(group.item);
        QCOMPARE(codes, (QStringList{u"timeseries"_qs, u"logs"_qs, u"apm_traces"_qs}));
        // 90 lines of 6000.5 each.
        QCOMPARE(quantityText(items.first().quantityE4), u"540045"_qs);
        QCOMPARE(quantityText(12345), u"1.2345"_qs);
        QCOMPARE(quantityText(10000), u"1"_qs);
        QCOMPARE(quantityText(15000), u"1.5"_qs);
    }

    void jsonHasTheDocumentedShape()
    {
        BillExportDocument document = documentOf(monthOfLines(), BillGrouping::Line);
        document.server = QUrl(u"https://demo:s3cret-Pass@billing.example.com"_qs);
        document.syncedAt = document.exportedAt.addSecs(-7200);
        const QByteArray bytes = billToJson(document);
        QVERIFY(!bytes.contains("s3cret-Pass"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"format").toString(), u"billing-desk.bill"_qs);
        QCOMPARE(root.value(u"version").toInt(), 1);
        QCOMPARE(root.value(u"month").toString(), u"2026-11"_qs);
        QCOMPARE(root.value(u"currency").toString(), u"CNY"_qs);
        QCOMPARE(root.value(u"by").toString(), u"line"_qs);
        QCOMPARE(root.value(u"syncedAt").toString(), u"2026-12-01T06:00:00Z"_qs);
        const QJsonArray rows = root.value(u"rows").toArray();
        QCOMPARE(rows.size(), document.lines.size());
        QCOMPARE(BillLine::fromJson(rows.at(4).toObject()), document.lines.at(4));

        const QJsonObject empty =
            QJsonDocument::fromJson(billToJson(documentOf({}, BillGrouping::Payer))).object();
        QVERIFY(empty.value(u"currency").isNull());
        QCOMPARE(empty.value(u"total").toString(), u"0.00"_qs);
        QVERIFY(empty.value(u"rows").toArray().isEmpty());
    }

    void csvIsFormulaSafeAndReadsBack()
    {
        QList<BillLine> lines{billLine(2, u"ws_0002"_qs, u"logs"_qs, 5)};
        lines.first().workspaceName = u"=HYPERLINK(\"http://evil.example\",\"click\")"_qs;
        const QByteArray csv = billToCsv(documentOf(lines, BillGrouping::Workspace));
        QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","),
                 csv.constData());
        QVERIFY(!csv.contains(",=") && !csv.contains(",\"="));
        // The app's own reader gives the name back unchanged.
        QCOMPARE(fromFormulaSafeCell(u"'=HYPERLINK(\"http://evil.example\",\"click\")"_qs),
                 lines.first().workspaceName);
    }

    void tableIsAligned()
    {
        QList<BillLine> lines = monthOfLines();
        lines[0].workspaceName = u"生产环境"_qs;
        const QString table =
            QString::fromUtf8(billToTable(documentOf(lines, BillGrouping::Workspace)));
        const QStringList rows = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 3 + 1);
        QVERIFY2(rows.first().startsWith(u"Workspace ID"), qPrintable(rows.first()));
        QVERIFY2(rows.last().startsWith(u"Total"), qPrintable(rows.last()));
        QVERIFY2(rows.last().endsWith(money::amountText(totalCents(lines))),
                 qPrintable(rows.last()));
        // Amounts are right-aligned: every row ends in the same terminal column; the CJK
        // name takes two columns a character, so its row is shorter in characters.
        const qsizetype width = rows.at(2).size();
        QCOMPARE(rows.at(1).size(), width - 4);
        for (qsizetype i = 2; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).size(), width);
    }

    void writeIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bill.csv"_qs);
        QString error;
        const BillExportDocument document = documentOf(monthOfLines(), BillGrouping::Line);
        QVERIFY(writeBillExport(path, BillFormat::Csv, document, &error));
        const QByteArray before = readAll(path);
        QCOMPARE(before, billToCsv(document));

        const std::atomic_bool cancelled{true};
        QVERIFY(!writeBillExport(path, BillFormat::Json, document, &error, &cancelled));
        QCOMPARE(readAll(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList{u"bill.csv"_qs});

        QVERIFY(QDir(dir.path()).mkdir(u"folder"_qs));
        QVERIFY(!writeBillExport(dir.filePath(u"folder"_qs), BillFormat::Csv, document, &error));
        QVERIFY2(error.contains(u"folder"_qs), qPrintable(error));
        QVERIFY(filesIn(dir.filePath(u"folder"_qs)).isEmpty());
        QCOMPARE(filesIn(dir.path()), (QStringList{u"bill.csv"_qs, u"folder"_qs}));
    }

    void names()
    {
        QCOMPARE(billGroupingNames(),
                 (QStringList{u"payer"_qs, u"item"_qs, u"site"_qs, u"workspace"_qs, u"line"_qs}));
        QCOMPARE(billGroupingFromWire(u"site"), BillGrouping::Site);
        QVERIFY(!billGroupingFromWire(u"day"));
        QCOMPARE(billFormatFromWire(u"table"), BillFormat::Table);
        QVERIFY(!billFormatFromWire(u"xml"));
    }

    void months_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::newRow("november") << u"2026-11"_qs << QDate(2026, 11, 1);
        QTest::newRow("january") << u"2027-01"_qs << QDate(2027, 1, 1);
        QTest::newRow("month 13") << u"2026-13"_qs << QDate();
        QTest::newRow("month 0") << u"2026-00"_qs << QDate();
        QTest::newRow("one digit") << u"2026-1"_qs << QDate();
        QTest::newRow("a day") << u"2026-11-01"_qs << QDate();
        QTest::newRow("slash") << u"2026/11"_qs << QDate();
        QTest::newRow("words") << u"november"_qs << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void months()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QCOMPARE(parseBillMonth(text), first);
    }

    void currentMonthIsBeijingTime()
    {
        // 16:30 UTC on 30 November is 00:30 on 1 December in Beijing.
        QCOMPARE(currentBillMonth(QDateTime(QDate(2026, 11, 30), QTime(16, 30), Qt::UTC)),
                 u"2026-12"_qs);
        QCOMPARE(currentBillMonth(QDateTime(QDate(2026, 11, 30), QTime(15, 59), Qt::UTC)),
                 u"2026-11"_qs);
    }

    void offlineCopyPerProfileAndMonth()
    {
        QTemporaryDir dir;
        const QList<BillLine> lines = monthOfLines();
        const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        BillCache november(dir.path(), kServer, u"demo"_qs, u"2026-11"_qs);
        QString error;
        QVERIFY2(november.save(lines, syncedAt, &error), qPrintable(error));
        const auto loaded = november.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->lines, lines);
        QCOMPARE(loaded->syncedAt, syncedAt.addMSecs(-syncedAt.time().msec()));

        QString none;
        QVERIFY(!BillCache(dir.path(), kServer, u"demo"_qs, u"2026-10"_qs).load(&none));
        QVERIFY(none.isEmpty());
        QVERIFY(!BillCache(dir.path(), kServer, u"alice"_qs, u"2026-11"_qs).load(&none));
        QVERIFY(none.isEmpty());

        BillReader reader(november);
        bool noCopy = true;
        const auto result = reader.readCopy(u"The server cannot be reached."_qs, &error, &noCopy);
        QVERIFY(result);
        QVERIFY(!noCopy);
        QVERIFY(result->fromCache);
        QCOMPARE(result->lines.size(), lines.size());
        QVERIFY2(result->notice.startsWith(u"The server cannot be reached. Using the offline "
                                           u"copy of the bill 2026-11 synced 3 hour"),
                 qPrintable(result->notice));

        BillReader other(BillCache(dir.path(), kServer, u"demo"_qs, u"2026-09"_qs));
        QVERIFY(!other.readCopy({}, &error, &noCopy));
        QVERIFY(noCopy);
        QVERIFY2(error.contains(u"2026-09"), qPrintable(error));
    }

    void damagedCopyIsNamed()
    {
        QTemporaryDir dir;
        BillCache cache(dir.path(), kServer, u"demo"_qs, u"2026-11"_qs);
        QVERIFY(cache.save(monthOfLines(), QDateTime::currentDateTimeUtc()));
        QByteArray bytes = readAll(cache.filePath());
        bytes.replace("\"amount\":\"", "\"amount\":\"x");
        QFile file(cache.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QString error;
        QVERIFY(!cache.load(&error));
        QVERIFY2(error.contains(u"amount"_qs) && error.contains(u"2026-11"_qs), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBillExport)
#include "tst_billexport.moc"
