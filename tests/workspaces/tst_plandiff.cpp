// PlanValidator and PlanDiff: value checks with line/column (each method's binding fields),
// the site rule with grants, repeated ids, unknown workspaces, moved sites, claimed AWS and
// Azure subscriptions, and the changes a plan makes.
#include "PlanDiff.h"
#include "PlanReader.h"
#include "WorkspaceFixtures.h"

#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
const QByteArray kHeader = "id,name,site,language,method,aliyun_account_id,huawei_account_id,"
                           "instance_id,subscription_id,status\n";
const QByteArray kHeaderBeforeIssue18 =
    "id,name,site,language,method,aliyun_account_id,instance_id,status\n";
const QString kAzureId = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_qs;
const QString kHuaweiId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;

// A row of kHeader: the Alibaba Cloud fields, then the subscription, then Huawei's account.
QByteArray csvRow(const Workspace &ws, const QString &method, const QString &uid = {},
                  const QString &instance = {}, const QString &site = {},
                  const QString &subscription = {}, const QString &huawei = {})
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,active\n")
        .arg(ws.id, ws.name, site.isEmpty() ? ws.site : site, ws.language, method, uid, huawei,
             instance, subscription)
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
    void eachMethodsFieldsNormalised();
    void unclaimedSubscriptionRefused();
    void fileWithoutNewColumnsReads();

private:
    QList<PlanIssue> issuesOf(const QByteArray &csv, const QList<SettlementMethod> &granted = {},
                              const ClaimedSubscriptions &claimed = ClaimedSubscriptions::of({}));

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
                                        const QList<SettlementMethod> &granted,
                                        const ClaimedSubscriptions &claimed)
{
    const PlanReadResult read = PlanReader().readCsv(kHeader + csv);
    if (!read.ok())
        return read.issues;
    return PlanDiff(SiteTable::builtIn(), granted).compare(read.plan, m_current, claimed).issues;
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
        << csvRow(one, u"aliyun"_qs, u"1234567890123456"_qs, u"0622"_qs) << 8 << u"instance_id"_qs;
    QTest::newRow("uid for billing center")
        << csvRow(one, u"billing_center"_qs, u"1234567890123456"_qs) << 6
        << u"names no marketplace account"_qs;
    QTest::newRow("aliyun uid for huawei")
        << csvRow(one, u"huawei"_qs, u"1234567890123456"_qs, u"hw1"_qs, u"cn4"_qs, {}, kHuaweiId)
        << 6 << u"named by huawei_account_id, instance_id only"_qs;
    QTest::newRow("huawei id not hex")
        << csvRow(one, u"huawei"_qs, {}, u"hw1"_qs, u"cn4"_qs, {}, u"xyz"_qs) << 7
        << u"a-f and digits"_qs;
    QTest::newRow("huawei id 31 digits")
        << csvRow(one, u"huawei"_qs, {}, u"hw1"_qs, u"cn4"_qs, {}, kHuaweiId.left(31)) << 7
        << u"has 31"_qs;
    QTest::newRow("huawei instance with space")
        << csvRow(one, u"huawei"_qs, {}, u"hw 1"_qs, u"cn4"_qs, {}, kHuaweiId) << 8
        << u"without spaces"_qs;
    QTest::newRow("aws without subscription")
        << csvRow(one, u"aws"_qs, {}, {}, u"us1"_qs) << 9 << u"(subscription_id): Required."_qs;
    QTest::newRow("azure id not a guid")
        << csvRow(one, u"azure"_qs, {}, {}, u"us1"_qs, u"aws-0123"_qs) << 9 << u"xxxxxxxx-"_qs;
    QTest::newRow("instance for aws")
        << csvRow(one, u"aws"_qs, {}, u"6227091"_qs, u"us1"_qs, u"aws-1"_qs) << 8
        << u"named by subscription_id only"_qs;
    QTest::newRow("unknown method") << csvRow(one, u"paypal"_qs) << 5 << u"paypal"_qs;
    QTest::newRow("unknown site") << csvRow(one, u"aws"_qs, {}, {}, u"mars1"_qs) << 3
                                  << u"unknown site"_qs;
    QTest::newRow("site rule") << csvRow(one, u"aws"_qs, {}, {}, {}, u"aws-1"_qs) << 5
                               << u"not offered on site cn1"_qs;
    QTest::newRow("site rule id1") << csvRow(makeWorkspace(4, u"four"_qs, u"id1"_qs), u"aliyun"_qs,
                                             u"1234567890123456"_qs, u"6227091"_qs)
                                   << 5 << u"not offered on site id1"_qs;
    QTest::newRow("bad id") << QByteArray("ws_XYZ,x,cn1,zh,billing_center,,,,,active\n") << 1
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
    const QByteArray row = csvRow(m_current.at(0), u"azure"_qs, {}, {}, {}, kAzureId);
    MarketplaceSubscription claimed;
    claimed.marketplace = SettlementMethod::Azure;
    claimed.instanceId = kAzureId;
    const auto ours = ClaimedSubscriptions::of({claimed});
    QVERIFY(!issuesOf(row, {}, ours).isEmpty());
    QVERIFY(issuesOf(row, {SettlementMethod::Azure}, ours).isEmpty());
}

void TestPlanDiff::eachMethodsFieldsNormalised()
{
    const Workspace aws = m_current.at(1); // us1
    Workspace huawei = makeWorkspace(5, u"five"_qs, u"cn4"_qs);
    Workspace azure = makeWorkspace(6, u"six"_qs, u"us1"_qs);
    m_current << huawei << azure;
    MarketplaceSubscription claimed;
    claimed.marketplace = SettlementMethod::Azure;
    claimed.instanceId = kAzureId;
    const QByteArray csv =
        csvRow(huawei, u"huawei"_qs, {}, u" hw0123456789abcdef0123 "_qs, {}, {},
               u" " + kHuaweiId.toUpper() + u" ")
        + csvRow(azure, u"azure"_qs, {}, {}, {}, u"{" + kAzureId.toUpper() + u"}")
        + csvRow(aws, u"aws"_qs, {}, {}, {}, u" " + aws.settlement.subscriptionId);
    const PlanReadResult read = PlanReader().readCsv(kHeader + csv);
    QVERIFY(read.ok());
    const PlanDiffResult diff =
        PlanDiff(SiteTable::builtIn(), {SettlementMethod::Azure})
            .compare(read.plan, m_current, ClaimedSubscriptions::of({claimed}));
    m_current.resize(4);
    QVERIFY2(diff.ok(), qPrintable(diff.issues.value(0).toString()));
    QCOMPARE(diff.unchanged, 1); // the AWS row names its current subscription
    QCOMPARE(diff.changes.size(), 2);
    QCOMPARE(diff.changes.at(0).target.method, SettlementMethod::Huawei);
    QCOMPARE(diff.changes.at(0).target.huaweiAccountId, kHuaweiId);
    QCOMPARE(diff.changes.at(0).target.instanceId, u"hw0123456789abcdef0123"_qs);
    QCOMPARE(diff.changes.at(1).target.method, SettlementMethod::Azure);
    QCOMPARE(diff.changes.at(1).target.subscriptionId, kAzureId);
}

void TestPlanDiff::unclaimedSubscriptionRefused()
{
    const Workspace &one = m_current.at(3); // id1 offers nothing but billing_center
    const QByteArray toAws = csvRow(m_current.at(1), u"aws"_qs, {}, {}, {}, u"aws-not-ours"_qs);
    const QByteArray stays =
        csvRow(m_current.at(1), u"aws"_qs, {}, {}, {}, m_current.at(1).settlement.subscriptionId);
    const QList<PlanIssue> refused = issuesOf(csvRow(one, u"billing_center"_qs) + toAws);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().line, 3);
    QCOMPARE(refused.first().column, 9);
    QVERIFY2(refused.first().toString().contains(
                 u"(subscription_id): this account has not claimed the AWS Marketplace "
                 "subscription aws-not-ours"_qs),
             qPrintable(refused.first().toString()));

    // Unknown claims (offline): refused too, saying why; a row already bound is no change.
    const QList<PlanIssue> unchecked =
        issuesOf(toAws, {}, ClaimedSubscriptions::unchecked(u"offline copy"_qs));
    QCOMPARE(unchecked.size(), 1);
    QVERIFY2(unchecked.first().message.contains(u"cannot check"_qs)
                 && unchecked.first().message.contains(u"offline copy"_qs),
             qPrintable(unchecked.first().message));
    QVERIFY(issuesOf(stays, {}, ClaimedSubscriptions()).isEmpty());

    MarketplaceSubscription claimed;
    claimed.marketplace = SettlementMethod::Aws;
    claimed.instanceId = u"aws-not-ours"_qs;
    QVERIFY(issuesOf(toAws, {}, ClaimedSubscriptions::of({claimed})).isEmpty());
    claimed.marketplace = SettlementMethod::Azure; // the same id in another marketplace
    QCOMPARE(issuesOf(toAws, {}, ClaimedSubscriptions::of({claimed})).size(), 1);
}

void TestPlanDiff::fileWithoutNewColumnsReads()
{
    const QByteArray csv =
        kHeaderBeforeIssue18 + "ws_0000000000000001,a,cn1,en,billing_center,,,active\n"
        + "ws_0000000000000002,b,cn1,en,aliyun,1234567890123456,6227091,active\n";
    const PlanReadResult read = PlanReader().readCsv(csv);
    QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
    QCOMPARE(read.plan.rows.size(), 2);
    QVERIFY(PlanValidator(SiteTable::builtIn()).validate(read.plan).isEmpty());
    QCOMPARE(read.plan.rows.at(1).instanceId, u"6227091"_qs);
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
