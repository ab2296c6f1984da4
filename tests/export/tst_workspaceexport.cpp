// The export writers: JSON and CSV round trips through PlanReader (odd names, 100 000 rows),
// a corpus of bad files, and atomic writes that leave nothing behind on failure.
#include "PlanReader.h"
#include "PlanValidator.h"
#include "WorkspaceExport.h"
#include "WorkspaceFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace billing;
using namespace billing::test;

namespace {
ExportDocument documentOf(const QList<Workspace> &workspaces)
{
    return {QUrl(u"https://billing.example.com"_qs), u"demo"_qs, fixedNow(), workspaces};
}

QList<Workspace> oddNames()
{
    QList<Workspace> list;
    const QStringList names{
        u"Sales, EMEA"_qs, u"\"Blue\" team"_qs, u"two\nlines"_qs, u"crlf\r\nline"_qs,
        u"生产环境-可观测性"_qs, u" leading and trailing "_qs,
        u"comma,\"quote\",\nnewline, 中文"_qs, QString(),
        // formula-like: quoted in CSV, the quote dropped again on import
        u"=HYPERLINK(\"http://x.example\",\"y\")"_qs, u"+cmd|' /C calc'!A0"_qs, u"-prod"_qs,
        u"@SUM(A1:A2)"_qs, u"\tindented"_qs, u"'=already quoted"_qs, u"-12.30"_qs};
    for (int i = 0; i < names.size(); ++i)
        list << makeWorkspace(i, names.at(i), u"cn1"_qs,
                              i % 2 ? SettlementMethod::Aliyun : SettlementMethod::BillingCenter);
    return list;
}

void compareRows(const QList<PlanRow> &rows, const QList<Workspace> &workspaces)
{
    QCOMPARE(rows.size(), workspaces.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PlanRow &row = rows.at(i);
        const Workspace &ws = workspaces.at(i);
        QCOMPARE(row.id, ws.id);
        QCOMPARE(row.name, ws.name);
        QCOMPARE(row.site, ws.site);
        QCOMPARE(row.language, ws.language);
        QCOMPARE(row.method, toWire(ws.settlement.method));
        QCOMPARE(row.aliyunAccountId, ws.settlement.aliyunAccountId);
        QCOMPARE(row.instanceId, ws.settlement.instanceId);
        QCOMPARE(row.status, toWire(ws.status));
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestWorkspaceExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasTheDocumentedShape();
    void csvHasHeaderAndRfc4180Quoting();
    void oddNamesRoundTrip_data();
    void oddNamesRoundTrip();
    void largeExportRoundTrip_data();
    void largeExportRoundTrip();
    void jsonExportOf100000Rows();
    void badFiles_data();
    void badFiles();
    void bomAndCrlfAreAccepted_data();
    void bomAndCrlfAreAccepted();
    void duplicatedIdsAreNamed_data();
    void duplicatedIdsAreNamed();
    void noSecretInTheServerUrl();
    void writeReplacesAtomically();
    void cancelledWriteChangesNothing();
    void failedWriteLeavesOldFileAndNoPartial_data();
    void failedWriteLeavesOldFileAndNoPartial();
    void readOnlyFolderIsAPermissionError();
    void formatNames();
};

void TestWorkspaceExport::jsonHasTheDocumentedShape()
{
    const QByteArray json = exportToJson(documentOf(oddNames()));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"format").toString(), u"billing-desk.workspaces"_qs);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QVERIFY(root.value(u"version").isDouble());
    QCOMPARE(root.value(u"exportedAt").toString(), u"2026-11-26T08:00:00Z"_qs);
    QCOMPARE(root.value(u"server").toString(), u"https://billing.example.com"_qs);
    QCOMPARE(root.value(u"username").toString(), u"demo"_qs);
    QVERIFY(!root.contains(u"syncedAt"));
    const QJsonArray workspaces = root.value(u"workspaces").toArray();
    QCOMPARE(workspaces.size(), oddNames().size());
    const QJsonObject aliyun = workspaces.at(1).toObject();
    QCOMPARE(aliyun.keys(), (QStringList{u"id"_qs, u"language"_qs, u"name"_qs, u"settlement"_qs,
                                         u"site"_qs, u"status"_qs}));
    QCOMPARE(aliyun.value(u"settlement").toObject().value(u"method").toString(), u"aliyun"_qs);
    QCOMPARE(aliyun.value(u"settlement").toObject().value(u"instanceId").toString(),
             oddNames().at(1).settlement.instanceId);

    ExportDocument offline = documentOf({});
    offline.syncedAt = fixedNow().addSecs(-3600);
    QCOMPARE(QJsonDocument::fromJson(exportToJson(offline)).object().value(u"syncedAt").toString(),
             u"2026-11-26T07:00:00Z"_qs);
}

void TestWorkspaceExport::csvHasHeaderAndRfc4180Quoting()
{
    Workspace plain = makeWorkspace(1, u"plain"_qs, u"cn1"_qs, SettlementMethod::Aliyun);
    Workspace quoted = makeWorkspace(2, u"say \"hi\", all"_qs, u"us1"_qs);
    const QByteArray csv = exportToCsv(documentOf({plain, quoted}));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.at(0), "id,name,site,language,method,aliyun_account_id,huawei_account_id,"
                          "instance_id,subscription_id,status\r");
    QCOMPARE(lines.at(1), (plain.id + u",plain,cn1,en,aliyun," + plain.settlement.aliyunAccountId
                           + u",," + plain.settlement.instanceId + u",,active\r")
                              .toUtf8());
    QCOMPARE(lines.at(2),
             (quoted.id + u",\"say \"\"hi\"\", all\",us1,zh,billing_center,,,,,active\r").toUtf8());
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
}

void TestWorkspaceExport::oddNamesRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("csv") << int(ExportFormat::Csv);
}

void TestWorkspaceExport::oddNamesRoundTrip()
{
    QFETCH(int, format);
    const QList<Workspace> workspaces = oddNames();
    const QByteArray bytes = exportTo(ExportFormat(format), documentOf(workspaces));
    const PlanReadResult read = PlanReader().read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
    compareRows(read.plan.rows, workspaces);
}

void TestWorkspaceExport::largeExportRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("count");
    QTest::newRow("csv 100000") << int(ExportFormat::Csv) << 100000;
    // PlanReader locates JSON rows in quadratic time (see the final report of issue 6), so
    // the JSON reader round trip stays smaller; jsonExportOf100000Rows covers the writer.
    QTest::newRow("json 100000") << int(ExportFormat::Json) << 100000;
}

void TestWorkspaceExport::largeExportRoundTrip()
{
    QFETCH(int, format);
    QFETCH(int, count);
    const QList<Workspace> workspaces = syntheticWorkspaces(count);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all"_qs);
    QString error;
    QVERIFY2(writeExport(path, ExportFormat(format), documentOf(workspaces), &error),
             qPrintable(error));
    const PlanReadResult read = PlanReader().readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
    QCOMPARE(read.plan.format,
             format == int(ExportFormat::Json) ? Plan::Format::Json : Plan::Format::Csv);
    compareRows(read.plan.rows, workspaces);
}

void TestWorkspaceExport::jsonExportOf100000Rows()
{
    const QList<Workspace> workspaces = syntheticWorkspaces(100000);
    const QJsonArray rows = QJsonDocument::fromJson(exportToJson(documentOf(workspaces)))
                                .object()
                                .value(u"workspaces")
                                .toArray();
    QCOMPARE(rows.size(), workspaces.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const Workspace &ws = workspaces.at(i);
        QCOMPARE(row.value(u"id").toString(), ws.id);
        QCOMPARE(row.value(u"name").toString(), ws.name);
        QCOMPARE(row.value(u"site").toString(), ws.site);
        QCOMPARE(settlementFromJson(row.value(u"settlement").toObject())->instanceId,
                 ws.settlement.instanceId);
        QCOMPARE(row.value(u"status").toString(), toWire(ws.status));
    }
}

void TestWorkspaceExport::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    const QList<Workspace> two{makeWorkspace(1, u"a"_qs, u"cn1"_qs),
                               makeWorkspace(2, u"b"_qs, u"cn1"_qs)};
    const QByteArray json = exportToJson(documentOf(two));
    const QByteArray csv = exportToCsv(documentOf(two));

    QTest::newRow("truncated json") << json.left(json.size() / 2) << -1 << QString();
    QByteArray wrongVersion = json;
    wrongVersion.replace("\"version\": 1", "\"version\": 2");
    QTest::newRow("wrong version") << wrongVersion << -1 << u"version"_qs;
    QByteArray wrongFormat = json;
    wrongFormat.replace("billing-desk.workspaces", "something.else");
    QTest::newRow("wrong format") << wrongFormat << -1 << u"format"_qs;
    QTest::newRow("csv missing column")
        << QByteArray("id,name,site,language,method,aliyun_account_id,status\r\n") << 1
        << u"instance_id"_qs;
    QByteArray shortRow = csv;
    const QByteArray secondId = two.at(1).id.toUtf8();
    shortRow.replace(QByteArray(",active\r\n" + secondId), QByteArray("\r\n" + secondId));
    QTest::newRow("csv row with a missing field") << shortRow << 2 << QString();
    QTest::newRow("csv unterminated quote")
        << csv + "ws_0000000000000003,\"open,cn1" << -1 << QString();
}

void TestWorkspaceExport::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const PlanReadResult read = PlanReader().read(data);
    QVERIFY(!read.ok());
    const PlanIssue issue = read.issues.constFirst();
    QVERIFY2(issue.line > 0 && issue.column > 0, qPrintable(issue.toString()));
    if (line > 0)
        QCOMPARE(issue.line, line);
    if (!messagePart.isEmpty())
        QVERIFY2(issue.toString().contains(messagePart), qPrintable(issue.toString()));
}

void TestWorkspaceExport::bomAndCrlfAreAccepted_data()
{
    QTest::addColumn<QByteArray>("data");
    const QList<Workspace> odd = oddNames();
    const QByteArray json = exportToJson(documentOf(odd));
    const QByteArray csv = exportToCsv(documentOf(odd));
    QTest::newRow("json BOM") << "\xEF\xBB\xBF" + json;
    QTest::newRow("json CRLF") << QByteArray(json).replace("\n", "\r\n");
    QTest::newRow("csv BOM (spreadsheet)") << "\xEF\xBB\xBF" + csv;
    QTest::newRow("csv LF only") << QByteArray(csv).replace("\r\n", "\n");
}

void TestWorkspaceExport::bomAndCrlfAreAccepted()
{
    QFETCH(QByteArray, data);
    const PlanReadResult read = PlanReader().read(data);
    QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
    QCOMPARE(read.plan.rows.size(), oddNames().size());
    QCOMPARE(read.plan.rows.at(0).name, u"Sales, EMEA"_qs);
    QCOMPARE(read.plan.rows.at(4).name, u"生产环境-可观测性"_qs);
}

void TestWorkspaceExport::duplicatedIdsAreNamed_data()
{
    oddNamesRoundTrip_data();
}

void TestWorkspaceExport::duplicatedIdsAreNamed()
{
    QFETCH(int, format);
    const Workspace ws = makeWorkspace(3, u"twice"_qs, u"cn1"_qs);
    const PlanReadResult read =
        PlanReader().read(exportTo(ExportFormat(format), documentOf({ws, ws})));
    QVERIFY(read.ok());
    const QList<PlanIssue> issues = PlanValidator(SiteTable::builtIn()).validate(read.plan);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().line, read.plan.rows.at(1).line);
    QVERIFY(issues.constFirst().line > read.plan.rows.at(0).line);
    QVERIFY2(issues.constFirst().toString().contains(ws.id),
             qPrintable(issues.constFirst().toString()));
}

void TestWorkspaceExport::noSecretInTheServerUrl()
{
    ExportDocument document = documentOf(oddNames());
    document.server = QUrl(u"https://demo:s3cret-Pass@billing.example.com"_qs);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
        const QByteArray bytes = exportTo(format, document);
        QVERIFY(!bytes.contains("s3cret-Pass"));
    }
}

void TestWorkspaceExport::writeReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_qs);
    QString error;
    QVERIFY(writeExport(path, ExportFormat::Csv, documentOf(oddNames()), &error));
    QVERIFY(error.isEmpty());
    const QList<Workspace> one{makeWorkspace(7, u"only"_qs, u"cn1"_qs)};
    QVERIFY(writeExport(path, ExportFormat::Csv, documentOf(one), &error));
    QCOMPARE(readAll(path), exportToCsv(documentOf(one)));
    QCOMPARE(filesIn(dir.path()), QStringList{u"export.csv"_qs});
}

void TestWorkspaceExport::cancelledWriteChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_qs);
    QVERIFY(writeExport(path, ExportFormat::Csv, documentOf(oddNames()), nullptr));
    const QByteArray before = readAll(path);
    const std::atomic_bool cancelled{true};
    QString error;
    QVERIFY(!writeExport(path, ExportFormat::Csv, documentOf(syntheticWorkspaces(50)), &error,
                         &cancelled));
    QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{u"export.csv"_qs});

    const std::atomic_bool notCancelled{false};
    QVERIFY(writeExport(path, ExportFormat::Csv, documentOf(oddNames()), &error, &notCancelled));
    QVERIFY(error.isEmpty());
}

void TestWorkspaceExport::failedWriteLeavesOldFileAndNoPartial_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary directory
    QTest::addColumn<QString>("messagePart");
    // These fail for root too: no permission bits involved.
    QTest::newRow("missing parent folder") << u"missing/export.json"_qs << u"does not exist"_qs;
    QTest::newRow("parent is a file") << u"old.json/export.json"_qs << u"not a folder"_qs;
    QTest::newRow("target is a folder") << u"folder"_qs << u"it is a folder"_qs;
}

void TestWorkspaceExport::failedWriteLeavesOldFileAndNoPartial()
{
    QFETCH(QString, target);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString old = dir.filePath(u"old.json"_qs);
    QVERIFY(writeExport(old, ExportFormat::Json, documentOf(oddNames()), nullptr));
    const QByteArray before = readAll(old);
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_qs));
    const QStringList entries = filesIn(dir.path());

    QString error;
    QVERIFY(!writeExport(dir.filePath(target), ExportFormat::Json,
                         documentOf(syntheticWorkspaces(50)), &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(target))), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), entries);
    QCOMPARE(readAll(old), before);
    QVERIFY(filesIn(dir.filePath(u"folder"_qs)).isEmpty());
}

void TestWorkspaceExport::readOnlyFolderIsAPermissionError()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(u"old.csv"_qs);
    QVERIFY(writeExport(old, ExportFormat::Csv, documentOf(oddNames()), nullptr));
    const QByteArray before = readAll(old);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFileInfo(dir.path()).isWritable() || ::geteuid() == 0)
        QSKIP("root writes into read-only folders; the other failure cases cover atomicity");
    QString error;
    QVERIFY(!writeExport(old, ExportFormat::Csv, documentOf({}), &error));
    QVERIFY2(error.contains(u"permission"_qs), qPrintable(error));
    QCOMPARE(readAll(old), before);
    QCOMPARE(filesIn(dir.path()), QStringList{u"old.csv"_qs});
}

void TestWorkspaceExport::formatNames()
{
    QCOMPARE(exportFormatFromWire(u"JSON"_qs), ExportFormat::Json);
    QCOMPARE(exportFormatFromWire(u"csv"_qs), ExportFormat::Csv);
    QVERIFY(!exportFormatFromWire(u"xml"_qs));
    QCOMPARE(toWire(ExportFormat::Csv), u"csv"_qs);
}

QTEST_GUILESS_MAIN(TestWorkspaceExport)
#include "tst_workspaceexport.moc"
