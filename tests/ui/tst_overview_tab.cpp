// The overview tab: counts per site and settlement method follow the model (reset, rows
// appended, a workspace changed), coalesced into one refresh; a bar click asks for a filter;
// the coming lock dates are listed soonest first and passed locks are left out.
#include "OverviewFixtures.h"
#include "OverviewTab.h"
#include "WorkspaceTableModel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace billing;
using namespace billing::test::overview;

namespace {
Workspace lockPending(const QString &id, const QDateTime &lockAt)
{
    Workspace ws = workspace(id, QStringLiteral("cn1"), SettlementMethod::Aliyun);
    ws.status = WorkspaceStatus::LockPending;
    ws.lockAt = lockAt;
    return ws;
}

QBarSet *barSet(OverviewTab &tab, SettlementMethod method)
{
    auto *view = tab.findChild<QChartView *>(QStringLiteral("overviewChartView"));
    if (!view)
        return nullptr;
    for (QAbstractSeries *series : view->chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
            if (set->label() == displayName(method))
                return set;
        }
    }
    return nullptr;
}
} // namespace

class TestOverviewTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyModelShowsFriendlyState();
    void countsPerSiteAndMethod();
    void followsModelChangesInOneRefresh();
    void barClickRequestsFilter();
    void comingLocksSoonestFirst();
    void manyRowsAggregate();

private:
    std::unique_ptr<WorkspaceTableModel> m_model;
};

void TestOverviewTab::init()
{
    m_model = std::make_unique<WorkspaceTableModel>();
    m_model->setClock([] { return kNow; });
}

void TestOverviewTab::emptyModelShowsFriendlyState()
{
    OverviewTab tab(*m_model);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.overview().workspaceCount, 0);
    QVERIFY(tab.overview().sites.isEmpty());
    auto *empty = tab.findChild<QLabel *>(QStringLiteral("overviewEmptyLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QCOMPARE(
        tab.findChild<QTreeWidget *>(QStringLiteral("comingLocksTreeWidget"))->topLevelItemCount(),
        0);
}

void TestOverviewTab::countsPerSiteAndMethod()
{
    m_model->setWorkspaces({workspace("a", "eu1", SettlementMethod::BillingCenter),
                            workspace("b", "cn1", SettlementMethod::Aliyun),
                            workspace("c", "cn1", SettlementMethod::Aliyun),
                            workspace("d", "cn1", SettlementMethod::BillingCenter),
                            workspace("e", "us1", SettlementMethod::Aws)});
    OverviewTab tab(*m_model);
    const WorkspaceOverview &overview = tab.overview();
    QCOMPARE(overview.workspaceCount, 5);
    QCOMPARE(overview.sites.size(), 3);
    QCOMPARE(overview.sites.at(0).siteCode, QStringLiteral("cn1")); // sorted by code
    QCOMPARE(overview.sites.at(1).siteCode, QStringLiteral("eu1"));
    QCOMPARE(overview.count("cn1", SettlementMethod::Aliyun), 2);
    QCOMPARE(overview.count("cn1", SettlementMethod::BillingCenter), 1);
    QCOMPARE(overview.count("eu1", SettlementMethod::BillingCenter), 1);
    QCOMPARE(overview.count("us1", SettlementMethod::Aws), 1);
    QCOMPARE(overview.count("us1", SettlementMethod::Azure), 0);
    QCOMPARE(overview.sites.at(0).total(), 3);
    // Only methods in use get a bar set.
    QVERIFY(barSet(tab, SettlementMethod::Aliyun));
    QVERIFY(!barSet(tab, SettlementMethod::Huawei));
    // Bars run top-down in site order, which Qt Charts lays out bottom-up: cn1 is the last.
    QCOMPARE(barSet(tab, SettlementMethod::Aliyun)->at(2), 2.0);
}

void TestOverviewTab::followsModelChangesInOneRefresh()
{
    m_model->setWorkspaces({workspace("a", "cn1", SettlementMethod::BillingCenter)});
    OverviewTab tab(*m_model);
    QSignalSpy refreshed(&tab, &OverviewTab::refreshed);

    m_model->appendWorkspaces({workspace("b", "cn2", SettlementMethod::Aliyun)});
    m_model->appendWorkspaces({workspace("c", "cn2", SettlementMethod::Aliyun)});
    Workspace moved = workspace("a", "cn1", SettlementMethod::Aws);
    QVERIFY(m_model->updateWorkspace(moved));
    QCOMPARE(tab.overview().workspaceCount, 1); // not yet: the refresh is coalesced
    QVERIFY(refreshed.wait());
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(tab.overview().workspaceCount, 3);
    QCOMPARE(tab.overview().count("cn2", SettlementMethod::Aliyun), 2);
    QCOMPARE(tab.overview().count("cn1", SettlementMethod::Aws), 1);
    QCOMPARE(tab.overview().count("cn1", SettlementMethod::BillingCenter), 0);

    m_model->clear();
    QVERIFY(refreshed.wait());
    QCOMPARE(tab.overview().workspaceCount, 0);
}

void TestOverviewTab::barClickRequestsFilter()
{
    m_model->setWorkspaces({workspace("a", "cn1", SettlementMethod::BillingCenter),
                            workspace("b", "eu1", SettlementMethod::Aliyun),
                            workspace("c", "eu1", SettlementMethod::BillingCenter)});
    OverviewTab tab(*m_model);
    QSignalSpy filter(&tab, &OverviewTab::filterRequested);
    QBarSet *aliyun = barSet(tab, SettlementMethod::Aliyun);
    QVERIFY(aliyun);
    Q_EMIT aliyun->clicked(0); // the bottom bar: eu1, the last site
    QCOMPARE(filter.count(), 1);
    QCOMPARE(filter.at(0).at(0).toString(), QStringLiteral("eu1"));
    QCOMPARE(filter.at(0).at(1).value<SettlementMethod>(), SettlementMethod::Aliyun);

    tab.requestFilter(0, SettlementMethod::BillingCenter);
    QCOMPARE(filter.count(), 2);
    QCOMPARE(filter.at(1).at(0).toString(), QStringLiteral("cn1"));
    tab.requestFilter(7, SettlementMethod::BillingCenter); // no such bar
    QCOMPARE(filter.count(), 2);
}

void TestOverviewTab::comingLocksSoonestFirst()
{
    m_model->setWorkspaces({lockPending("late", kNow.addDays(10)),
                            workspace("active", "cn1", SettlementMethod::Aliyun),
                            lockPending("soon", kNow.addDays(2).addSecs(-60)),
                            lockPending("passed", kNow.addDays(-1))});
    OverviewTab tab(*m_model);
    const auto &locks = tab.overview().comingLocks;
    QCOMPARE(locks.size(), 2);
    QCOMPARE(locks.at(0).workspaceId, QStringLiteral("soon"));
    QCOMPARE(locks.at(1).workspaceId, QStringLiteral("late"));

    auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("comingLocksTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Workspace soon"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("2 day(s)"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("10 day(s)"));

    QSignalSpy activated(&tab, &OverviewTab::workspaceActivated);
    Q_EMIT tree->itemDoubleClicked(tree->topLevelItem(1), 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("late"));
}

void TestOverviewTab::manyRowsAggregate()
{
    const QStringList sites = {"cn1", "cn2", "eu1", "us1"};
    const QList<SettlementMethod> methods = allSettlementMethods();
    QList<Workspace> many;
    many.reserve(20000);
    for (int i = 0; i < 20000; ++i)
        many.append(workspace(QString::number(i), sites.at(i % 4), methods.at(i % 5)));
    m_model->setWorkspaces(many);
    OverviewTab tab(*m_model);
    QCOMPARE(tab.overview().workspaceCount, 20000);
    int sum = 0;
    for (const auto &site : tab.overview().sites)
        sum += site.total();
    QCOMPARE(sum, 20000);
    QCOMPARE(tab.overview().count("cn1", SettlementMethod::BillingCenter), 1000); // i % 20 == 0
}

QTEST_MAIN(TestOverviewTab)
#include "tst_overview_tab.moc"
