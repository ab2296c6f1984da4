// PlanValidator and PlanDiff: value checks with line/column, the site rule with grants,
// repeated ids, unknown workspaces, moved sites, and the changes a plan makes.
#include "PlanDiff.h"
#include "PlanReader.h"
#include "WorkspaceFixtures.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QByteArray kHeader = "id,name,site,language,method,aliyun_account_id,instance_id,status\n";

QByteArray csvRow(const Workspace &ws, const QString &method, const QString &uid = {},
                  const QString &instance = {}, const QString &site = {})
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,active\n")
        .arg(ws.id, ws.name, site.isEmpty() ? ws.site : site, ws.language, method, uid, instance)
        .toUtf8();
}
} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowIssues_data();
    void rowIssues();
    void repeatedIds();
    void changesOnlyWhatDiffers();
    void unknownWorkspaceAndMovedSite();
    void grantedMethodPasses();

private:
    QList<PlanIssue> issuesOf(const QByteArray &csv, const QList<SettlementMethod> &granted = {});

    QList<Workspace> m_current;
};

void TestPlanDiff::initTestCase()
{
    m_current = {makeWorkspace(1, u"one"_qs, u"cn1"_qs),
                 makeWorkspace(2, u"two"_qs, u"us1"_qs, SettlementMethod::Aws),
                 makeWorkspace(3, u"three"_qs, u"cn6"_qs, SettlementMethod::Aliyun),
                 makeWorkspace(4, u"four"_qs, u"id1"_qs)};
}

QList<PlanIssue> TestPlanDiff::issuesOf(const QByteArray &csv,
                                        const QList<SettlementMethod> &granted)
{
    const PlanReadResult read = PlanReader().readCsv(kHeader + csv);
    if (!read.ok())
        return read.issues;
    return PlanDiff(SiteTable::builtIn(), granted).compare(read.plan, m_current).issues;
}

void TestPlanDiff::rowIssues_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const Workspace one = makeWorkspace(1, u"one"_qs, u"cn1"_qs);
    QTest::newRow("uid too short")
        << csvRow(one, u"aliyun"_qs, u"12345"_qs, u"6227091"_qs) << 6 << u"aliyun_account_id"_qs;
    QTest::newRow("instance leading zero")
        << csvRow(one, u"aliyun"_qs, u"1234567890123456"_qs, u"0622"_qs) << 7 << u"instance_id"_qs;
    QTest::newRow("uid for billing center")
        << csvRow(one, u"billing_center"_qs, u"1234567890123456"_qs) << 6
        << u"only Alibaba Cloud"_qs;
    QTest::newRow("unknown method") << csvRow(one, u"paypal"_qs) << 5 << u"paypal"_qs;
    QTest::newRow("unknown site") << csvRow(one, u"aws"_qs, {}, {}, u"mars1"_qs) << 3
                                  << u"unknown site"_qs;
    QTest::newRow("site rule") << csvRow(one, u"aws"_qs) << 5 << u"not offered on site cn1"_qs;
    QTest::newRow("site rule id1") << csvRow(makeWorkspace(4, u"four"_qs, u"id1"_qs), u"aliyun"_qs,
                                             u"1234567890123456"_qs, u"6227091"_qs)
                                   << 5 << u"not offered on site id1"_qs;
    QTest::newRow("bad id") << QByteArray("ws_XYZ,x,cn1,zh,aws,,,active\n") << 1
                            << u"not a workspace id"_qs;
    QTest::newRow("language") << QByteArray(csvRow(one, u"aliyun"_qs, u"1234567890123456"_qs,
                                                   u"6227091"_qs))
                                     .replace(",en,", ",fr,")
                              << 4 << u"\"zh\" or \"en\""_qs;
}

void TestPlanDiff::rowIssues()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QList<PlanIssue> issues = issuesOf(row);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().line, 2);
    QCOMPARE(issues.first().column, column);
    QVERIFY2(issues.first().toString().contains(message), qPrintable(issues.first().toString()));
}

void TestPlanDiff::repeatedIds()
{
    const QByteArray row = csvRow(m_current.at(0), u"billing_center"_qs);
    const QList<PlanIssue> issues = issuesOf(row + row);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().line, 3);
    QVERIFY(issues.first().message.contains(u"first on line 2"_qs));
}

void TestPlanDiff::changesOnlyWhatDiffers()
{
    const QByteArray csv =
        csvRow(m_current.at(0), u"aliyun"_qs, u"ops@1234567890123456"_qs, u" 6227091 "_qs)
        + csvRow(m_current.at(1), u"billing_center"_qs)
        + csvRow(m_current.at(2), u"aliyun"_qs, m_current.at(2).settlement.aliyunAccountId,
                 m_current.at(2).settlement.instanceId)
        + csvRow(m_current.at(3), u"billing_center"_qs);
    const PlanReadResult read = PlanReader().readCsv(kHeader + csv);
    QVERIFY(read.ok());
    const PlanDiffResult diff = PlanDiff(SiteTable::builtIn()).compare(read.plan, m_current);
    QVERIFY2(diff.ok(), qPrintable(diff.issues.value(0).toString()));
    QCOMPARE(diff.unchanged, 2);
    QCOMPARE(diff.changes.size(), 2);
    const StagedChange &first = diff.changes.at(0);
    QCOMPARE(first.workspaceId(), m_current.at(0).id);
    QCOMPARE(first.target.aliyunAccountId, u"1234567890123456"_qs); // RAM form normalised
    QCOMPARE(first.target.instanceId, u"6227091"_qs);
    QCOMPARE(first.target.expectedVersion, std::optional<qint64>(m_current.at(0).version));
    QCOMPARE(first.original.method, SettlementMethod::BillingCenter);
    QCOMPARE(first.workspaceName, u"one"_qs);
    QCOMPARE(diff.changes.at(1).target.method, SettlementMethod::BillingCenter);
}

void TestPlanDiff::unknownWorkspaceAndMovedSite()
{
    Workspace stranger = makeWorkspace(99, u"not mine"_qs, u"cn1"_qs);
    const QList<PlanIssue> issues =
        issuesOf(csvRow(stranger, u"billing_center"_qs)
                 + csvRow(m_current.at(1), u"billing_center"_qs, {}, {}, u"eu1"_qs));
    QCOMPARE(issues.size(), 2);
    QVERIFY(issues.at(0).message.contains(u"no workspace"_qs));
    QCOMPARE(issues.at(0).column, 1);
    QCOMPARE(issues.at(1).line, 3);
    QCOMPARE(issues.at(1).column, 3);
    QVERIFY(issues.at(1).message.contains(u"cannot move"_qs));
}

void TestPlanDiff::grantedMethodPasses()
{
    const QByteArray row = csvRow(m_current.at(0), u"azure"_qs);
    QVERIFY(!issuesOf(row).isEmpty());
    QVERIFY(issuesOf(row, {SettlementMethod::Azure}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
