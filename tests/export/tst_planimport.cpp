// importPlan: an edited export comes back as staged changes for the rows that differ,
// with every problem located by line and column.
#include "PlanImport.h"
#include "PlanReader.h"
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

QByteArray jsonOf(const QList<Workspace> &workspaces)
{
    return exportToJson({QUrl(u"http://127.0.0.1"_qs), u"demo"_qs, fixedNow(), workspaces});
}

// The AWS and Azure subscriptions of these workspaces, as if the account had claimed them.
ClaimedSubscriptions claimedOf(const QList<Workspace> &workspaces)
{
    QList<MarketplaceSubscription> subscriptions;
    for (const Workspace &ws : workspaces) {
        if (!ws.settlement.isSubscriptionClaimed())
            continue;
        MarketplaceSubscription subscription;
        subscription.marketplace = ws.settlement.method;
        subscription.instanceId = ws.settlement.subscriptionId;
        subscriptions << subscription;
    }
    return ClaimedSubscriptions::of(subscriptions);
}

// One workspace per marketplace, each bound by its own fields.
QList<Workspace> everyMarketplace()
{
    return {makeWorkspace(1, u"华为"_qs, u"cn4"_qs, SettlementMethod::Huawei),
            makeWorkspace(2, u"AWS, Oregon"_qs, u"us1"_qs, SettlementMethod::Aws),
            makeWorkspace(3, u"Azure"_qs, u"us1"_qs, SettlementMethod::Azure),
            makeWorkspace(4, u"Alibaba"_qs, u"cn1"_qs, SettlementMethod::Aliyun)};
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
    void planOverTheSizeLimitIsRefused();
    void planOverTheRowLimitIsRefused();
    void everyMethodsFieldsRoundTrip_data();
    void everyMethodsFieldsRoundTrip();
    void unclaimedSubscriptionNamesItsLine();
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
    now[0].settlement = makeWorkspace(8, {}, {}, SettlementMethod::Azure).settlement;
    QCOMPARE(grantsInUse(now), QList<SettlementMethod>{SettlementMethod::Azure});

    QList<Workspace> edited = now;
    edited[1].settlement = makeWorkspace(7, {}, {}, SettlementMethod::Azure).settlement;
    const auto claimed = claimedOf(edited);
    QTemporaryDir dir;
    const QString path = write(dir, u"p.csv"_qs, csvOf(edited));
    const PlanImportResult granted = importPlan(path, now, {}, claimed);
    QVERIFY2(granted.ok(), qPrintable(granted.issues.value(0).toString()));
    QCOMPARE(granted.changes.size(), 1);
    now[0].settlement.method = SettlementMethod::BillingCenter;
    QVERIFY(!importPlan(path, now, {}, claimed).ok());
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

void TestPlanImport::planOverTheSizeLimitIsRefused()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"huge.csv"_qs, csvOf(current()));
    QVERIFY(QFile::resize(path, PlanReader::kMaxFileBytes + 1)); // sparse: never read
    const PlanImportResult result = importPlan(path, current());
    QVERIFY(!result.readable);
    QCOMPARE(result.issues.size(), 1);
    const QString message = result.issues.constFirst().toString();
    QVERIFY2(message.contains(u"at most 64 MiB"_qs), qPrintable(message));
    QVERIFY(result.changes.isEmpty());
}

void TestPlanImport::planOverTheRowLimitIsRefused()
{
    const QList<Workspace> now = current();
    QByteArray csv = csvOf(now);
    const QByteArray row = now.at(0).id.toUtf8() + ",x,cn1,en,billing_center,,,,,active\n";
    csv.reserve(csv.size() + row.size() * PlanReader::kMaxRows);
    for (qsizetype i = now.size(); i <= PlanReader::kMaxRows; ++i)
        csv += row;
    QTemporaryDir dir;
    const PlanImportResult result = importPlan(write(dir, u"many.csv"_qs, csv), now);
    QVERIFY(result.readable);
    QCOMPARE(result.issues.size(), 1);
    const QString message = result.issues.constFirst().toString();
    QVERIFY2(message.contains(u"250001 rows"_qs) && message.contains(u"at most 250000"_qs),
             qPrintable(message));
    QVERIFY(result.changes.isEmpty());
    QCOMPARE(result.unchanged, 0);
}

void TestPlanImport::everyMethodsFieldsRoundTrip_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("csv") << false;
    QTest::newRow("json") << true;
}

void TestPlanImport::everyMethodsFieldsRoundTrip()
{
    QFETCH(bool, json);
    const QList<Workspace> now = everyMarketplace();
    const auto bytesOf = [json](const QList<Workspace> &list) {
        return json ? jsonOf(list) : csvOf(list);
    };
    const QByteArray exported = bytesOf(now);
    for (const Workspace &ws : now) {
        for (const SettlementBinding::Field field :
             SettlementBinding::fieldsOf(ws.settlement.method))
            QVERIFY2(exported.contains(SettlementBinding::valueOf(ws.settlement, field).toUtf8()),
                     qPrintable(ws.settlement.subscription()));
    }
    QVERIFY(exported.contains(json ? "\"huaweiAccountId\"" : "huawei_account_id"));
    QTemporaryDir dir;
    // Unchanged rows need no claim: the server already bound them.
    const PlanImportResult same = importPlan(write(dir, u"same"_qs, exported), now);
    QVERIFY2(same.ok(), qPrintable(same.issues.value(0).toString()));
    QCOMPARE(same.unchanged, 4);

    QList<Workspace> edited = now;
    for (int i = 0; i < 3; ++i)
        edited[i].settlement =
            makeWorkspace(10 + i, {}, {}, now.at(i).settlement.method).settlement;
    const PlanImportResult changed =
        importPlan(write(dir, u"changed"_qs, bytesOf(edited)), now, {}, claimedOf(edited));
    QVERIFY2(changed.ok(), qPrintable(changed.issues.value(0).toString()));
    QCOMPARE(changed.changes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const StagedChange &change = changed.changes.at(i);
        QCOMPARE(change.workspaceId(), now.at(i).id);
        QVERIFY2(change.targetSettlement().sameBindingAs(edited.at(i).settlement),
                 qPrintable(change.targetSettlement().subscription()));
    }
}

void TestPlanImport::unclaimedSubscriptionNamesItsLine()
{
    const QList<Workspace> now = everyMarketplace();
    QList<Workspace> edited = now;
    edited[1].settlement = makeWorkspace(11, {}, {}, SettlementMethod::Aws).settlement;
    edited[2].settlement = makeWorkspace(12, {}, {}, SettlementMethod::Azure).settlement;
    QTemporaryDir dir;
    const QString path = write(dir, u"p.csv"_qs, csvOf(edited));
    const PlanImportResult refused = importPlan(path, now, {}, ClaimedSubscriptions::of({}));
    QCOMPARE(refused.issues.size(), 2);
    QVERIFY(refused.changes.isEmpty());
    QCOMPARE(refused.issues.at(0).line, 3);
    QCOMPARE(refused.issues.at(0).column, 9);
    QCOMPARE(refused.issues.at(0).field, u"subscription_id"_qs);
    QVERIFY2(refused.issues.at(0).message.contains(edited.at(1).settlement.subscriptionId),
             qPrintable(refused.issues.at(0).message));
    QCOMPARE(refused.issues.at(1).line, 4);
    QVERIFY(refused.issues.at(1).message.contains(u"Azure Marketplace"_qs));

    // Without the list (offline) nothing is accepted unchecked.
    const PlanImportResult offline = importPlan(path, now);
    QCOMPARE(offline.issues.size(), 2);
    QVERIFY(offline.issues.at(0).message.contains(u"cannot check"_qs));
}

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
