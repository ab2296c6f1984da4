// The Overview's counting without the tab: workspaces per site and settlement method, the
// coming locks soonest first (passed or unknown lock dates left out), and days left.
#include "OverviewFixtures.h"
#include "WorkspaceOverview.h"
#include "WorkspaceTableModel.h"

#include <QTest>

using namespace billing;
using namespace billing::test::overview;

namespace {
constexpr qint64 kHourMs = 3'600'000;

Workspace lockPending(const QString &id, const QString &site, const QDateTime &lockAt)
{
    Workspace ws = workspace(id, site, SettlementMethod::Aliyun);
    ws.status = WorkspaceStatus::LockPending;
    ws.lockAt = lockAt;
    return ws;
}

// "site:method=count" for every non-zero count, in the overview's order.
QStringList counts(const WorkspaceOverview &overview)
{
    QStringList out;
    for (const auto &site : overview.sites) {
        for (SettlementMethod method : allSettlementMethods()) {
            if (const int n = overview.count(site.siteCode, method))
                out << QStringLiteral("%1:%2=%3").arg(site.siteCode, toWire(method)).arg(n);
        }
    }
    return out;
}
} // namespace

class TestWorkspaceOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void counts_data();
    void counts();
    void comingLocksSoonestFirst();
    void daysLeft_data();
    void daysLeft();

private:
    std::unique_ptr<WorkspaceTableModel> m_model;
};

void TestWorkspaceOverview::init()
{
    m_model = std::make_unique<WorkspaceTableModel>();
    m_model->setClock([] { return kNow; });
}

void TestWorkspaceOverview::counts_data()
{
    QTest::addColumn<QList<Workspace>>("workspaces");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("sites");

    QTest::newRow("none") << QList<Workspace>{} << QStringList{} << 0;
    QTest::newRow("one") << QList<Workspace>{workspace("a", "eu1", SettlementMethod::Aws)}
                         << QStringList{"eu1:aws=1"} << 1;
    QTest::newRow("sites sorted by code, methods apart")
        << QList<Workspace>{workspace("a", "us1", SettlementMethod::BillingCenter),
                            workspace("b", "cn1", SettlementMethod::Aliyun),
                            workspace("c", "cn1", SettlementMethod::Aliyun),
                            workspace("d", "cn1", SettlementMethod::BillingCenter)}
        << QStringList{"cn1:billing_center=1", "cn1:aliyun=2", "us1:billing_center=1"} << 2;
    QTest::newRow("lock pending still counts under its method")
        << QList<Workspace>{lockPending("a", "cn2", kNow.addDays(3)),
                            workspace("b", "cn2", SettlementMethod::Huawei)}
        << QStringList{"cn2:aliyun=1", "cn2:huawei=1"} << 1;
}

void TestWorkspaceOverview::counts()
{
    QFETCH(QList<Workspace>, workspaces);
    QFETCH(QStringList, expected);
    QFETCH(int, sites);
    m_model->setWorkspaces(workspaces);
    const WorkspaceOverview overview =
        WorkspaceOverview::fromModel(*m_model, kNow.toMSecsSinceEpoch());
    QCOMPARE(overview.workspaceCount, static_cast<int>(workspaces.size()));
    QCOMPARE(overview.sites.size(), sites);
    QCOMPARE(::counts(overview), expected);
    int sum = 0;
    for (const auto &site : overview.sites)
        sum += site.total();
    QCOMPARE(sum, static_cast<int>(workspaces.size()));
    QCOMPARE(overview.count(QStringLiteral("nowhere"), SettlementMethod::Aws), 0);
}

void TestWorkspaceOverview::comingLocksSoonestFirst()
{
    m_model->setWorkspaces({lockPending("late", "cn1", kNow.addDays(10)),
                            workspace("plain", "cn1", SettlementMethod::Aliyun),
                            lockPending("passed", "cn1", kNow.addDays(-1)),
                            lockPending("soon", "us1", kNow.addDays(2)),
                            lockPending("tie-b", "cn1", kNow.addDays(5)),
                            lockPending("tie-a", "cn1", kNow.addDays(5))});
    const WorkspaceOverview overview =
        WorkspaceOverview::fromModel(*m_model, kNow.toMSecsSinceEpoch());
    QStringList order;
    for (const auto &lock : overview.comingLocks) {
        order << lock.workspaceId;
        QCOMPARE(m_model->workspace(lock.row).id, lock.workspaceId);
    }
    // Equal dates keep the model's row order.
    QCOMPARE(order, (QStringList{"soon", "tie-b", "tie-a", "late"}));
    QCOMPARE(overview.comingLocks.first().siteCode, QStringLiteral("us1"));
    QCOMPARE(overview.comingLocks.first().name, QStringLiteral("Workspace soon"));
    QCOMPARE(overview.comingLocks.first().lockAtMs, kNow.addDays(2).toMSecsSinceEpoch());
}

void TestWorkspaceOverview::daysLeft_data()
{
    QTest::addColumn<qint64>("untilLockMs");
    QTest::addColumn<int>("days");

    QTest::newRow("exactly two days") << 48 * kHourMs << 2;
    QTest::newRow("a started day counts") << 48 * kHourMs + 1 << 3;
    QTest::newRow("one hour") << kHourMs << 1;
    QTest::newRow("now") << qint64(0) << 0;
}

void TestWorkspaceOverview::daysLeft()
{
    QFETCH(qint64, untilLockMs);
    QFETCH(int, days);
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    WorkspaceOverview::ComingLock lock;
    lock.lockAtMs = nowMs + untilLockMs;
    QCOMPARE(lock.daysLeft(nowMs), days);
}

QTEST_GUILESS_MAIN(TestWorkspaceOverview)
#include "tst_workspace_overview.moc"
