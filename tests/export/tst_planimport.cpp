// importPlan: an edited export comes back as staged changes for the rows that differ,
// with every problem located by line and column.
#include "PlanImport.h"
#include "WorkspaceExport.h"
#include "WorkspaceFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QList<Workspace> current()
{
    return {makeWorkspace(1, u"Sales, EMEA"_qs, u"cn1"_qs),
            makeWorkspace(2, u"生产环境"_qs, u"cn1"_qs, SettlementMethod::Aliyun),
            makeWorkspace(3, u"us"_qs, u"us1"_qs), makeWorkspace(4, u"eu"_qs, u"eu1"_qs)};
}

QByteArray csvOf(const QList<Workspace> &workspaces)
{
    return exportToCsv({QUrl(u"http://127.0.0.1"_qs), u"demo"_qs, fixedNow(), workspaces});
}
} // namespace

class TestPlanImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedExportStagesNothing();
    void editedRowsBecomeChanges();
    void problemsNameLineAndColumn();
    void shapeErrorsStopEarly();
    void unreadableFile();
    void grantsInUseAllowMethodsOffSite();
    void largeCsvPlan();
};

void TestPlanImport::unchangedExportStagesNothing()
{
    QTemporaryDir dir;
    const PlanImportResult result =
        importPlan(write(dir, u"p.csv"_qs, csvOf(current())), current());
    QVERIFY(result.ok());
    QVERIFY(result.readable);
    QCOMPARE(result.rows, 4);
    QCOMPARE(result.unchanged, 4);
    QVERIFY(result.changes.isEmpty());
}

void TestPlanImport::editedRowsBecomeChanges()
{
    QList<Workspace> edited = current();
    edited[0].settlement.method = SettlementMethod::Aliyun;
    edited[0].settlement.aliyunAccountId = u"1234567890123456"_qs;
    edited[0].settlement.instanceId = u"6227091"_qs;
    edited[1].settlement = Settlement{};
    QTemporaryDir dir;
    const PlanImportResult result = importPlan(write(dir, u"p.csv"_qs, csvOf(edited)), current());
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.changes.size(), 2);
    QCOMPARE(result.unchanged, 2);
    const StagedChange &first = result.changes.at(0);
    QCOMPARE(first.workspaceId(), current().at(0).id);
    QCOMPARE(first.target.method, SettlementMethod::Aliyun);
    QCOMPARE(first.target.instanceId, u"6227091"_qs);
    QCOMPARE(first.originalVersion, current().at(0).version);
    QCOMPARE(first.workspaceName, u"Sales, EMEA"_qs);
    QCOMPARE(result.changes.at(1).target.method, SettlementMethod::BillingCenter);
}

void TestPlanImport::problemsNameLineAndColumn()
{
    const QList<Workspace> now = current();
    QByteArray csv = "id,name,site,language,method,aliyun_account_id,instance_id,status\r\n";
    csv +=
        now.at(0).id.toUtf8() + ",a,cn1,en,aliyun,1234567890123456,6227091,active\r\n"; // line 2 ok
    csv += now.at(1).id.toUtf8() + ",b,cn1,zh,aliyun,12345,6227091,active\r\n";         // bad UID
    csv += "ws_ffffffffffffffff,c,cn1,zh,billing_center,,,active\r\n";                  // unknown
    csv += now.at(2).id.toUtf8() + ",d,eu1,en,billing_center,,,active\r\n"; // moved site
    csv += now.at(3).id.toUtf8() + ",e,eu1,en,aliyun,,,active\r\n";         // missing ids
    QTemporaryDir dir;
    const PlanImportResult result = importPlan(write(dir, u"p.csv"_qs, csv), now);
    QVERIFY(!result.ok());
    QCOMPARE(result.changes.size(), 1); // the valid row is still offered
    QCOMPARE(result.changes.constFirst().workspaceId(), now.at(0).id);
    QList<int> lines;
    for (const PlanIssue &issue : result.issues) {
        QVERIFY2(issue.column > 0, qPrintable(issue.toString()));
        lines << issue.line;
    }
    QVERIFY2(lines.contains(3) && lines.contains(4) && lines.contains(5) && lines.contains(6),
             qPrintable(QString::number(lines.size())));
    QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));
    const auto at = [&](int line) {
        for (const PlanIssue &issue : result.issues) {
            if (issue.line == line)
                return issue;
        }
        return PlanIssue{};
    };
    QCOMPARE(at(3).field, u"aliyun_account_id"_qs);
    QCOMPARE(at(3).column, 6);
    QCOMPARE(at(4).field, u"id"_qs);
    QCOMPARE(at(4).column, 1);
    QCOMPARE(at(5).field, u"site"_qs);
}

void TestPlanImport::shapeErrorsStopEarly()
{
    QTemporaryDir dir;
    const PlanImportResult result =
        importPlan(write(dir, u"p.json"_qs,
                         R"({"format":"billing-desk.workspaces","version":7,"workspaces":[]})"),
                   current());
    QVERIFY(result.readable);
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.constFirst().toString().contains(u"version"));
    QVERIFY(result.changes.isEmpty());
}

void TestPlanImport::unreadableFile()
{
    QTemporaryDir dir;
    const PlanImportResult result = importPlan(dir.filePath(u"missing.csv"_qs), current());
    QVERIFY(!result.readable);
    QVERIFY(!result.ok());
}

void TestPlanImport::grantsInUseAllowMethodsOffSite()
{
    // azure is not offered on cn1 by default; a cn1 workspace using it shows the grant.
    QList<Workspace> now = current();
    QVERIFY(grantsInUse(now).isEmpty());
    now[0].settlement.method = SettlementMethod::Azure;
    QCOMPARE(grantsInUse(now), QList<SettlementMethod>{SettlementMethod::Azure});

    QList<Workspace> edited = now;
    edited[1].settlement = Settlement{SettlementMethod::Azure, {}, {}, {}, {}, {}};
    QTemporaryDir dir;
    const QString path = write(dir, u"p.csv"_qs, csvOf(edited));
    const PlanImportResult granted = importPlan(path, now);
    QVERIFY2(granted.ok(), qPrintable(granted.issues.value(0).toString()));
    QCOMPARE(granted.changes.size(), 1);
    now[0].settlement.method = SettlementMethod::BillingCenter;
    QVERIFY(!importPlan(path, now).ok());
}

void TestPlanImport::largeCsvPlan()
{
    // Every site offers billing_center: 100 000 valid rows, every tenth one changed.
    QList<Workspace> now = syntheticWorkspaces(100000);
    for (Workspace &ws : now)
        ws.settlement = Settlement{};
    QList<Workspace> edited = now;
    for (qsizetype i = 0; i < edited.size(); i += 10) {
        edited[i].settlement.method = SettlementMethod::Aliyun;
        edited[i].settlement.aliyunAccountId = u"1234567890123456"_qs;
        edited[i].settlement.instanceId = QString::number(6227000 + i);
    }
    for (Workspace &ws : edited) {
        if (ws.settlement.method == SettlementMethod::Aliyun && ws.site != u"cn1")
            ws.settlement = Settlement{};
    }
    qsizetype expected = 0;
    for (qsizetype i = 0; i < edited.size(); ++i)
        expected += edited.at(i).settlement.method != now.at(i).settlement.method;
    QVERIFY(expected > 1000);
    QTemporaryDir dir;
    const PlanImportResult result = importPlan(write(dir, u"big.csv"_qs, csvOf(edited)), now);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.rows, 100000);
    QCOMPARE(result.changes.size(), expected);
    QCOMPARE(result.unchanged, 100000 - expected);
}

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
