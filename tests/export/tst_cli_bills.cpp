// `billing-desk bills` end to end: the real executable against the real server whose demo
// account has 90 settled days of bills, the keychain of the test session (scripts/test runs
// it inside dbus-run-session). Every figure is compared with the server's own statement, to
// the cent; then the server is stopped and the month's offline copy is used.
#include "BillLine.h"
#include "BillMonth.h"
#include "CliExportFixture.h"
#include "ExactDecimal.h"
#include "ExportTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace billing;
using namespace billing::test;

namespace {

QString payerKey(const QJsonObject &payer)
{
    const QString instance = payer.value(u"instanceId").toString();
    const QString method = payer.value(u"method").toString();
    return instance.isEmpty() ? method : method + u':' + instance;
}
} // namespace

class TestCliBills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesAreTheServersLines();
    void groupsAddUpToTheStatement_data();
    void groupsAddUpToTheStatement();
    void tableOnStandardOutput();
    void usageErrors_data();
    void usageErrors();
    void noPasswordOrTokenInAnyFile();
    void settledUsageWithAFormulaNameIsQuoted();
    void unreachableServerUsesTheMonthsCopy();
    void offlineMonthWithoutCopyIsAClearError();

private:
    QStringList bills(const QStringList &more) const;

    CliExportFixture m_cli{6};
    HttpClient m_http;
    QString m_month;         // the last whole month of the demo bills
    QJsonObject m_statement; // GET /api/v1/bills?month=m_month
    QJsonArray m_lines;      // GET /api/v1/bill-lines?month=m_month
};

QStringList TestCliBills::bills(const QStringList &more) const
{
    return QStringList{u"bills"_qs} << m_cli.profile() << u"--month"_qs << m_month << more;
}

void TestCliBills::initTestCase()
{
    QString started;
    QVERIFY2(m_cli.start(&started), qPrintable(started));
    m_http.setBaseUrl(m_cli.url());
    const Session session = login(m_http, kDemoUser, kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_http.setToken(session.token);

    const QDate thisMonth = parseBillMonth(currentBillMonth(QDateTime::currentDateTimeUtc()));
    m_month = billMonthText(thisMonth.addMonths(-1));
    const HttpReply statement = m_http.get(u"/api/v1/bills"_qs, {{u"month"_qs, m_month}});
    QVERIFY2(statement.status == 200, qPrintable(statement.describe()));
    m_statement = statement.object();
    QString error;
    m_lines = listAll(m_http, u"/api/v1/bill-lines"_qs, {{u"month"_qs, m_month}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_lines.size() > 30, "the demo account has a month of bills");
    QVERIFY(centsOf(m_statement.value(u"total").toString()) > 0);
}

void TestCliBills::linesAreTheServersLines()
{
    const QString path = m_cli.path(u"lines.json"_qs);
    const CliRun run = m_cli.run(
        bills({u"--by"_qs, u"line"_qs, u"--format"_qs, u"json"_qs, u"--output"_qs, path}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"Exported the bill "_qs + m_month), qPrintable(run.out));
    QVERIFY2(run.out.contains(m_statement.value(u"total").toString()), qPrintable(run.out));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"rows").toArray(), m_lines);
    QCOMPARE(root.value(u"total").toString(), m_statement.value(u"total").toString());
    QCOMPARE(root.value(u"currency").toString(), m_statement.value(u"currency").toString());
    QVERIFY(!root.contains(u"syncedAt"));

    // The CSV has the thirteen columns and one row per line.
    const QString csvPath = m_cli.path(u"lines.csv"_qs);
    QCOMPARE(m_cli
                 .run(bills(
                     {u"--by"_qs, u"line"_qs, u"--format"_qs, u"csv"_qs, u"--output"_qs, csvPath}))
                 .exitCode,
             0);
    const QByteArray csv = readAll(csvPath);
    QVERIFY(csv.startsWith("day,workspace_id,workspace_name,site,item,quantity,unit,unit_price,"
                           "currency,amount,payer_method,payer_id,status\r\n"));
    const QList<QStringList> rows = csvRows(csv);
    QCOMPARE(rows.size(), m_lines.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 13);
        QCOMPARE(rows.at(i).at(0), m_lines.at(i)[u"day"].toString());
        QCOMPARE(rows.at(i).at(9), m_lines.at(i)[u"amount"].toString());
        sum += centsOf(rows.at(i).at(9));
    }
    QCOMPARE(sum, centsOf(m_statement.value(u"total").toString()));
}

void TestCliBills::groupsAddUpToTheStatement_data()
{
    QTest::addColumn<QString>("by");
    QTest::newRow("payer") << u"payer"_qs;
    QTest::newRow("item") << u"item"_qs;
    QTest::newRow("site") << u"site"_qs;
    QTest::newRow("workspace") << u"workspace"_qs;
}

void TestCliBills::groupsAddUpToTheStatement()
{
    QFETCH(QString, by);
    const QString path = m_cli.path(by + u".csv"_qs);
    const CliRun run =
        m_cli.run(bills({u"--by"_qs, by, u"--format"_qs, u"csv"_qs, u"--output"_qs, path}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QList<QStringList> rows = csvRows(readAll(path));
    const QStringList total = rows.takeLast();
    QCOMPARE(total.first(), u"total"_qs);
    QCOMPARE(total.last(), m_statement.value(u"total").toString());

    // What the server says each group comes to.
    QMap<QString, QString> expected;
    if (by == u"workspace") {
        QString error;
        const QJsonArray totals =
            listAll(m_http, u"/api/v1/bills/"_qs + m_month + u"/workspaces"_qs, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QJsonValue &ws : totals) {
            if (centsOf(ws[u"total"].toString()) > 0)
                expected.insert(ws[u"workspaceId"].toString(), ws[u"total"].toString());
        }
    } else {
        const QString member = by == u"payer"  ? u"byPayer"_qs
                               : by == u"item" ? u"byItem"_qs
                                               : u"bySite"_qs;
        for (const QJsonValue &group : m_statement.value(member).toArray()) {
            const QString key =
                by == u"payer" ? payerKey(group[u"payer"].toObject()) : group[by].toString();
            expected.insert(key, group[u"total"].toString());
        }
    }
    QMap<QString, QString> exported;
    for (const QStringList &row : std::as_const(rows)) {
        const QString key =
            by == u"payer" && !row.at(1).isEmpty() ? row.at(0) + u':' + row.at(1) : row.at(0);
        exported.insert(key, row.last());
    }
    QCOMPARE(exported, expected);
}

void TestCliBills::tableOnStandardOutput()
{
    const CliRun run = m_cli.run(bills({}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(run.out));
    QVERIFY2(lines.first().startsWith(u"Payer"), qPrintable(lines.first()));
    QVERIFY2(lines.last().startsWith(u"Total"), qPrintable(lines.last()));
    QVERIFY2(lines.last().endsWith(m_statement.value(u"total").toString()),
             qPrintable(lines.last()));
    QVERIFY2(lines.last().contains(m_statement.value(u"currency").toString()),
             qPrintable(lines.last()));
    // Amounts are right-aligned: every row ends in the same column.
    for (const QString &line : lines)
        QCOMPARE(line.size(), lines.first().size());
}

void TestCliBills::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("month 13") << QStringList{u"--month"_qs, u"2026-13"_qs}
                              << u"--month: \"2026-13\" is not a month"_qs;
    QTest::newRow("a day") << QStringList{u"--month"_qs, u"2026-11-01"_qs} << u"YYYY-MM"_qs;
    QTest::newRow("no month") << QStringList{} << u"Give the month"_qs;
    QTest::newRow("by day") << QStringList{u"--month"_qs, u"2026-11"_qs, u"--by"_qs, u"day"_qs}
                            << u"--by: give one of payer, item, site, workspace, line"_qs;
    QTest::newRow("format xml") << QStringList{u"--month"_qs, u"2026-11"_qs, u"--format"_qs,
                                               u"xml"_qs}
                                << u"--format: give table, csv, json or xlsx"_qs;
    QTest::newRow("xlsx to stdout")
        << QStringList{u"--month"_qs, u"2026-11"_qs, u"--format"_qs, u"xlsx"_qs}
        << u"--format xlsx writes a workbook, not text"_qs;
    QTest::newRow("empty output") << QStringList{u"--month"_qs, u"2026-11"_qs, u"--output"_qs,
                                                 u" "_qs}
                                  << u"--output"_qs;
}

void TestCliBills::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const CliRun run = m_cli.run(QStringList{u"bills"_qs} << m_cli.profile() << arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliBills::noPasswordOrTokenInAnyFile()
{
    const QString token = storedSessionToken(m_cli.url(), kDemoUser, this);
    QVERIFY2(token.size() >= 16, "the executable's session token is in the keychain");
    int files = 0;
    const QStringList holding = filesHolding({m_cli.outDirectory(), m_cli.cacheDirectory()},
                                             {kDemoPassword.toUtf8(), token.toUtf8()}, &files);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", ")));
    QVERIFY(files >= 3); // the exports and the month's offline copy
}

// Usage sent with the collector key for a workspace whose name a spreadsheet would run, the
// day settled by moving the sandbox clock past midnight in Beijing: the export quotes the
// name and bills the line as the server does.
void TestCliBills::settledUsageWithAFormulaNameIsQuoted()
{
    const QString name = u"=HYPERLINK(\"http://evil.example\",\"x\")"_qs;
    QString error;
    const QString workspace =
        createWorkspace(m_http, workspaceBody(name, u"cn1"_qs), &error).value(u"id").toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QDateTime now = serverNow(m_http, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QDate day = now.toOffsetFromUtc(8 * 3600).date(); // today in Beijing
    HttpRequest usage;
    usage.method = "POST";
    usage.path = u"/api/v1/usage"_qs;
    usage.headers = {{"Content-Type", "application/json"}};
    usage.token = u"sandbox-collector"_qs;
    usage.body =
        QJsonDocument(QJsonObject{{u"records"_qs,
                                   QJsonArray{QJsonObject{{u"workspaceId"_qs, workspace},
                                                          {u"item"_qs, u"logs"_qs},
                                                          {u"day"_qs, day.toString(Qt::ISODate)},
                                                          {u"quantity"_qs, u"6000000"_qs}}}}})
            .toJson(QJsonDocument::Compact);
    const HttpReply accepted = m_http.send(usage);
    QVERIFY2(accepted.status == 200, qPrintable(accepted.describe()));
    QCOMPARE(accepted.object()[u"results"][0][u"status"].toString(), u"accepted"_qs);

    const QDateTime midnight(day.addDays(1), QTime(0, 0, 5), Qt::OffsetFromUTC, 8 * 3600);
    const HttpReply moved = setClock(m_http, midnight.toUTC());
    QVERIFY2(moved.status == 200, qPrintable(moved.describe()));
    // Sessions age with the clock: sign in again at the new time.
    const Session fresh = login(m_http, kDemoUser, kDemoPassword);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    m_http.setToken(fresh.token);
    const QString month = billMonthText(day);
    QTRY_VERIFY_WITH_TIMEOUT(m_http.get(u"/api/v1/bills"_qs, {{u"month"_qs, month}})
                                     .object()
                                     .value(u"settledThrough")
                                     .toString()
                                 >= day.toString(Qt::ISODate),
                             30000);
    QString listError;
    const QJsonArray lines =
        listAll(m_http, u"/api/v1/bill-lines"_qs,
                {{u"month"_qs, month}, {u"workspaceId"_qs, workspace}, {u"item"_qs, u"logs"_qs}},
                &listError);
    QVERIFY2(listError.isEmpty(), qPrintable(listError));
    QCOMPARE(lines.size(), 1);

    const QString path = m_cli.path(u"formula.csv"_qs);
    const CliRun run =
        m_cli.run(QStringList{u"bills"_qs} << m_cli.profile() << u"--month"_qs << month
                                           << u"--by"_qs << u"line"_qs << u"--format"_qs
                                           << u"csv"_qs << u"--output"_qs << path);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray csv = readAll(path);
    // The sandbox's demo usage may join ours on that day; the line is the server's.
    const QJsonObject line = lines.at(0).toObject();
    const QByteArray row =
        "," + workspace.toUtf8()
        + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",cn1,logs,"
        + QStringList{line[u"quantity"].toString(),  QString::number(line[u"unit"].toInteger()),
                      line[u"unitPrice"].toString(), line[u"currency"].toString(),
                      line[u"amount"].toString(),    u"billing_center,,charged"_qs}
              .join(u',')
              .toUtf8()
        + "\r\n";
    QVERIFY2(csv.contains(row), csv.constData());
    QVERIFY(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"));
}

void TestCliBills::unreachableServerUsesTheMonthsCopy()
{
    QVERIFY(m_cli.server().stop());
    const QString path = m_cli.path(u"offline-lines.json"_qs);
    CliRun run = m_cli.run(
        bills({u"--by"_qs, u"line"_qs, u"--format"_qs, u"json"_qs, u"--output"_qs, path}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"could not be reached"_qs), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Using the offline copy of the bill "_qs + m_month + u" synced "_qs),
             qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"rows").toArray(), m_lines);
    QCOMPARE(root.value(u"total").toString(), m_statement.value(u"total").toString());
    QVERIFY(root.contains(u"syncedAt")); // an offline export says how old its data is

    // --offline reads the copy without trying the server; the table is the same as online.
    run = m_cli.run(bills({u"--offline"_qs}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.startsWith(u"Offline (--offline). Using the offline copy of the bill "_qs),
             qPrintable(run.err));
    QVERIFY2(run.out.trimmed().endsWith(m_statement.value(u"total").toString()),
             qPrintable(run.out));
}

void TestCliBills::offlineMonthWithoutCopyIsAClearError()
{
    const QString target = m_cli.path(u"never.csv"_qs);
    const CliRun run = m_cli.run(QStringList{u"bills"_qs} << m_cli.profile() << u"--month"_qs
                                                          << u"2020-02"_qs << u"--format"_qs
                                                          << u"csv"_qs << u"--output"_qs << target);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no offline copy of the bill 2020-02"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCliBills)
#include "tst_cli_bills.moc"
