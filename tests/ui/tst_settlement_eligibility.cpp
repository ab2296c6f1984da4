// SettlementEligibility without widgets or a server: one row per rule, in the order the
// Billing Center decides (server/SettlementRules), and the reasons it gives.
#include "SettlementEligibility.h"

#include <QTest>

using namespace billing;
using Rule = SettlementEligibility::Rule;

namespace {
const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
const QDateTime kDecember(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
const QString kUid = QStringLiteral("1234567890123456");
const QString kInstance = QStringLiteral("6227091");

Workspace workspace(const QString &site, SettlementMethod method, bool changedThisMonth = false)
{
    Workspace ws;
    ws.id = QStringLiteral("ws_1");
    ws.name = QStringLiteral("Production");
    ws.site = site;
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = kUid;
        ws.settlement.instanceId = kInstance;
    }
    if (changedThisMonth)
        ws.nextChangeAllowedAt = kDecember;
    return ws;
}

SettlementChange change(SettlementMethod method, const QString &uid = {},
                        const QString &instance = {})
{
    SettlementChange target;
    target.method = method;
    target.aliyunAccountId = uid;
    target.instanceId = instance;
    return target;
}
} // namespace

class TestSettlementEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void monthlyRuleNamesTheDate();
    void monthlyRuleLiftsOnTheDate();
    void grantedMethodPassesTheSiteRule();
    void offeredMethodsFollowTheSite_data();
    void offeredMethodsFollowTheSite();
    void cloudSwitchReasonNamesTheCurrentMethod();
};

void TestSettlementEligibility::rules_data()
{
    QTest::addColumn<Workspace>("workspace");
    QTest::addColumn<SettlementChange>("target");
    QTest::addColumn<Rule>("expected");

    const auto BC = SettlementMethod::BillingCenter;
    const auto Ali = SettlementMethod::Aliyun;
    const auto Aws = SettlementMethod::Aws;
    const QString cn1 = QStringLiteral("cn1");

    QTest::newRow("billing center to aliyun on cn1")
        << workspace(cn1, BC) << change(Ali, kUid, kInstance) << Rule::None;
    QTest::newRow("aliyun back to billing center")
        << workspace(cn1, Ali) << change(BC) << Rule::None;
    QTest::newRow("aliyun to another instance")
        << workspace(cn1, Ali) << change(Ali, kUid, QStringLiteral("1551111111")) << Rule::None;
    QTest::newRow("same billing center") << workspace(cn1, BC) << change(BC) << Rule::SameBinding;
    QTest::newRow("same aliyun binding")
        << workspace(cn1, Ali) << change(Ali, kUid, kInstance) << Rule::SameBinding;
    QTest::newRow("aliyun on an aws site")
        << workspace(QStringLiteral("us1"), BC) << change(Ali, kUid, kInstance) << Rule::SiteRule;
    QTest::newRow("aws on an aliyun site") << workspace(cn1, BC) << change(Aws) << Rule::SiteRule;
    QTest::newRow("only billing center on id1")
        << workspace(QStringLiteral("id1"), BC) << change(Ali, kUid, kInstance) << Rule::SiteRule;
    QTest::newRow("unknown site") << workspace(QStringLiteral("xx9"), BC)
                                  << change(Ali, kUid, kInstance) << Rule::SiteRule;
    QTest::newRow("changed this month")
        << workspace(cn1, BC, true) << change(Ali, kUid, kInstance) << Rule::MonthlyRule;
    QTest::newRow("changed this month, back to billing center")
        << workspace(cn1, Ali, true) << change(BC) << Rule::MonthlyRule;
    // The server checks the site rule before the monthly rule, and re-submission before both.
    QTest::newRow("site rule before monthly rule")
        << workspace(QStringLiteral("us1"), BC, true) << change(Ali, kUid, kInstance)
        << Rule::SiteRule;
    QTest::newRow("same binding before monthly rule")
        << workspace(cn1, BC, true) << change(BC) << Rule::SameBinding;
    QTest::newRow("aws to billing center")
        << workspace(QStringLiteral("us1"), Aws) << change(BC) << Rule::None;
}

void TestSettlementEligibility::rules()
{
    QFETCH(Workspace, workspace);
    QFETCH(SettlementChange, target);
    QFETCH(Rule, expected);

    const auto verdict = SettlementEligibility().check(workspace, target, kNow);
    QCOMPARE(verdict.rule, expected);
    QCOMPARE(verdict.allowed(), expected == Rule::None);
    QCOMPARE(verdict.reason.isEmpty(), expected == Rule::None);
}

void TestSettlementEligibility::monthlyRuleNamesTheDate()
{
    const auto verdict = SettlementEligibility().check(
        workspace(QStringLiteral("cn1"), SettlementMethod::BillingCenter, true),
        change(SettlementMethod::Aliyun, kUid, kInstance), kNow);
    QCOMPARE(verdict.rule, Rule::MonthlyRule);
    QCOMPARE(verdict.allowedFrom, kDecember);
    QVERIFY2(verdict.reason.contains(QLocale().toString(kDecember.date(), QLocale::LongFormat)),
             qPrintable(verdict.reason));
}

void TestSettlementEligibility::monthlyRuleLiftsOnTheDate()
{
    const Workspace ws = workspace(QStringLiteral("cn1"), SettlementMethod::BillingCenter, true);
    const SettlementChange target = change(SettlementMethod::Aliyun, kUid, kInstance);
    QCOMPARE(SettlementEligibility().check(ws, target, kDecember.addSecs(-1)).rule,
             Rule::MonthlyRule);
    QCOMPARE(SettlementEligibility().check(ws, target, kDecember).rule, Rule::None);
}

void TestSettlementEligibility::grantedMethodPassesTheSiteRule()
{
    const Workspace ws = workspace(QStringLiteral("cn1"), SettlementMethod::BillingCenter);
    const SettlementChange azure = change(SettlementMethod::Azure);
    QCOMPARE(SettlementEligibility().check(ws, azure, kNow).rule, Rule::SiteRule);
    const SettlementEligibility granted(SiteTable::builtIn(), {SettlementMethod::Azure});
    QCOMPARE(granted.check(ws, azure, kNow).rule, Rule::None);

    // A granted second cloud is still blocked while the first subscription lives.
    const Workspace onAliyun = workspace(QStringLiteral("cn1"), SettlementMethod::Aliyun);
    QCOMPARE(granted.check(onAliyun, azure, kNow).rule, Rule::CloudSwitch);
}

void TestSettlementEligibility::offeredMethodsFollowTheSite_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QList<SettlementMethod>>("offered");

    QTest::newRow("cn1") << QStringLiteral("cn1")
                         << QList{SettlementMethod::BillingCenter, SettlementMethod::Aliyun};
    QTest::newRow("cn6") << QStringLiteral("cn6")
                         << QList{SettlementMethod::BillingCenter, SettlementMethod::Aliyun};
    QTest::newRow("us1") << QStringLiteral("us1")
                         << QList{SettlementMethod::BillingCenter, SettlementMethod::Aws};
    QTest::newRow("cn4") << QStringLiteral("cn4")
                         << QList{SettlementMethod::BillingCenter, SettlementMethod::Huawei};
    QTest::newRow("id1") << QStringLiteral("id1") << QList{SettlementMethod::BillingCenter};
    QTest::newRow("unknown") << QStringLiteral("zz1") << QList<SettlementMethod>{};
}

void TestSettlementEligibility::offeredMethodsFollowTheSite()
{
    QFETCH(QString, site);
    QFETCH(QList<SettlementMethod>, offered);
    QCOMPARE(SettlementEligibility().offeredMethods(site), offered);
}

void TestSettlementEligibility::cloudSwitchReasonNamesTheCurrentMethod()
{
    const SettlementEligibility granted(SiteTable::builtIn(), {SettlementMethod::Aws});
    const auto verdict = granted.check(workspace(QStringLiteral("cn1"), SettlementMethod::Aliyun),
                                       change(SettlementMethod::Aws), kNow);
    QCOMPARE(verdict.rule, Rule::CloudSwitch);
    QVERIFY2(verdict.reason.contains(displayName(SettlementMethod::Aliyun)),
             qPrintable(verdict.reason));
}

QTEST_GUILESS_MAIN(TestSettlementEligibility)
#include "tst_settlement_eligibility.moc"
