// WorkspaceTableModel: columns, roles, status countdown from an injected clock, staged
// column, bulk load, streamed pages and updates, under QAbstractItemModelTester.
#include "StagedChanges.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

class TestWorkspaceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void bulkLoadIsOneReset();
    void columnsShowTheWorkspace();
    void bindingColumnsShowEveryMarketplace();
    void statusCountdown_data();
    void statusCountdown();
    void streamedPagesAppendAndUpdate();
    void updateWorkspace();
    void stagedColumnFollowsStagedChanges();
    void rolesGiveRawValuesAndKeys();

private:
    std::unique_ptr<WorkspaceTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWorkspaceTableModel::init()
{
    m_model = std::make_unique<WorkspaceTableModel>();
    m_model->setClock(fixedNow);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWorkspaceTableModel::bulkLoadIsOneReset()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setWorkspaces(syntheticWorkspaces(500));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(m_model->columnCount(), int(WorkspaceTableModel::ColumnCount));
    QCOMPARE(m_model->rowOf(workspaceIdFor(123)), 123);
    QCOMPARE(m_model->rowOf(u"ws_unknown"_qs), -1);
}

void TestWorkspaceTableModel::columnsShowTheWorkspace()
{
    Workspace ws = makeWorkspace(1, u"Sales, EMEA"_qs, u"cn1"_qs, SettlementMethod::Aliyun);
    ws.nextChangeAllowedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    m_model->setWorkspaces({ws});
    auto text = [this](int column) {
        return m_model->index(0, column).data().toString();
    };
    QCOMPARE(text(WorkspaceTableModel::NameColumn), u"Sales, EMEA"_qs);
    QCOMPARE(text(WorkspaceTableModel::SiteColumn), u"cn1"_qs);
    QCOMPARE(text(WorkspaceTableModel::LanguageColumn), u"English"_qs);
    QCOMPARE(text(WorkspaceTableModel::MethodColumn), displayName(SettlementMethod::Aliyun));
    QCOMPARE(text(WorkspaceTableModel::MarketplaceAccountColumn), ws.settlement.aliyunAccountId);
    QCOMPARE(text(WorkspaceTableModel::SubscriptionColumn), u"6227001"_qs);
    QCOMPARE(text(WorkspaceTableModel::StatusColumn), u"active"_qs);
    QVERIFY(!text(WorkspaceTableModel::SettledSinceColumn).isEmpty());
    QVERIFY(text(WorkspaceTableModel::NextChangeColumn) != u"now"_qs);
    QCOMPARE(text(WorkspaceTableModel::StagedColumn), QString());
    QCOMPARE(m_model->headerData(WorkspaceTableModel::MarketplaceAccountColumn, Qt::Horizontal)
                 .toString(),
             u"Cloud Account ID"_qs);

    ws.nextChangeAllowedAt = {};
    QVERIFY(m_model->updateWorkspace(ws));
    QCOMPARE(text(WorkspaceTableModel::NextChangeColumn), u"now"_qs);
}

void TestWorkspaceTableModel::bindingColumnsShowEveryMarketplace()
{
    Workspace huawei = makeWorkspace(1, u"Guangzhou"_qs, u"cn4"_qs, SettlementMethod::Huawei);
    huawei.settlement.aliyunAccountId.clear();
    huawei.settlement.huaweiAccountId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
    huawei.settlement.instanceId = u"hw0123456789abcdef0123"_qs;
    Workspace aws = makeWorkspace(2, u"Oregon"_qs, u"us1"_qs, SettlementMethod::Aws);
    aws.settlement.aliyunAccountId.clear();
    aws.settlement.instanceId.clear();
    aws.settlement.subscriptionId = u"aws-0123456789abcdef0123"_qs;
    Workspace center = makeWorkspace(3, u"Plain"_qs, u"cn1"_qs, SettlementMethod::BillingCenter);
    m_model->setWorkspaces({huawei, aws, center});
    auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, WorkspaceTableModel::MarketplaceAccountColumn),
             u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs);
    QCOMPARE(text(0, WorkspaceTableModel::SubscriptionColumn), u"hw0123456789abcdef0123"_qs);
    QCOMPARE(text(1, WorkspaceTableModel::MarketplaceAccountColumn), QString());
    QCOMPARE(text(1, WorkspaceTableModel::SubscriptionColumn), u"aws-0123456789abcdef0123"_qs);
    QCOMPARE(text(2, WorkspaceTableModel::SubscriptionColumn), QString());
}

void TestWorkspaceTableModel::statusCountdown_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("lockInSeconds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("raw");
    QTest::newRow("active") << int(WorkspaceStatus::Active) << qint64(0) << u"active"_qs
                            << u"active"_qs;
    QTest::newRow("14 days") << int(WorkspaceStatus::LockPending) << qint64(14 * 86400)
                             << u"lock pending, 14 day(s) left"_qs << u"lock_pending"_qs;
    QTest::newRow("part of a day counts")
        << int(WorkspaceStatus::LockPending) << qint64(3600) << u"lock pending, 1 day(s) left"_qs
        << u"lock_pending"_qs;
    QTest::newRow("2.5 days") << int(WorkspaceStatus::LockPending) << qint64(216000)
                              << u"lock pending, 3 day(s) left"_qs << u"lock_pending"_qs;
    QTest::newRow("countdown over")
        << int(WorkspaceStatus::LockPending) << qint64(-1) << u"locked"_qs << u"locked"_qs;
    QTest::newRow("locked") << int(WorkspaceStatus::Locked) << qint64(-86400) << u"locked"_qs
                            << u"locked"_qs;
}

void TestWorkspaceTableModel::statusCountdown()
{
    QFETCH(int, status);
    QFETCH(qint64, lockInSeconds);
    QFETCH(QString, text);
    QFETCH(QString, raw);
    Workspace ws = makeWorkspace(7, u"w"_qs, u"cn2"_qs);
    ws.status = WorkspaceStatus(status);
    if (ws.status != WorkspaceStatus::Active)
        ws.lockAt = fixedNow().addSecs(lockInSeconds);
    m_model->setWorkspaces({ws});
    const QModelIndex cell = m_model->index(0, WorkspaceTableModel::StatusColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(WorkspaceTableModel::RawRole).toString(), raw);
}

void TestWorkspaceTableModel::streamedPagesAppendAndUpdate()
{
    const QList<Workspace> all = syntheticWorkspaces(300);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendWorkspaces(all.mid(0, 100));
    m_model->appendWorkspaces(all.mid(100, 150));
    QCOMPARE(inserts.size(), 2);
    QCOMPARE(m_model->rowCount(), 250);
    // A page that overlaps (a refresh racing a change) updates rows instead of duplicating.
    QList<Workspace> overlap = all.mid(200, 100);
    overlap[0].name = u"renamed"_qs;
    m_model->appendWorkspaces(overlap);
    QCOMPARE(m_model->rowCount(), 300);
    QCOMPARE(m_model->index(200, 0).data().toString(), u"renamed"_qs);
    for (int row = 0; row < 300; ++row)
        QCOMPARE(m_model->rowOf(all.at(row).id), row);
}

void TestWorkspaceTableModel::updateWorkspace()
{
    m_model->setWorkspaces(syntheticWorkspaces(50));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Workspace ws = m_model->workspace(10);
    ws.settlement.method = SettlementMethod::Aliyun;
    ws.settlement.aliyunAccountId = u"9999888877776666"_qs;
    ws.settlement.instanceId = u"1551111111"_qs;
    ws.version += 1;
    QVERIFY(m_model->updateWorkspace(ws));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(m_model->index(10, WorkspaceTableModel::SubscriptionColumn).data().toString(),
             u"1551111111"_qs);
    QVERIFY(m_model->rowIndex().textContains(10, "9999888877776666"));
    Workspace unknown = ws;
    unknown.id = u"ws_ffffffffffffffff"_qs;
    QVERIFY(!m_model->updateWorkspace(unknown));
    // Many updates: one signal over the rows touched.
    changed.clear();
    QList<Workspace> batch{m_model->workspace(3), m_model->workspace(40), unknown};
    QCOMPARE(m_model->updateWorkspaces(batch), 2);
    QCOMPARE(changed.size(), 1);
}

void TestWorkspaceTableModel::stagedColumnFollowsStagedChanges()
{
    m_model->setWorkspaces(syntheticWorkspaces(20));
    StagedChanges staged;
    m_model->setStagedChanges(&staged);
    Workspace ws = m_model->workspace(4);
    ws.settlement.method = SettlementMethod::BillingCenter;
    m_model->updateWorkspace(ws);
    SettlementChange target;
    target.method = SettlementMethod::Azure;
    StagedChange change = stagedChangeFor(ws, target);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    staged.put({change});
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell = m_model->index(4, WorkspaceTableModel::StagedColumn);
    QCOMPARE(cell.data().toString(), u"Billing Center account → Azure account settlement"_qs);
    QCOMPARE(cell.data(WorkspaceTableModel::StagedStateRole).toInt(), int(StagedState::Staged));
    QCOMPARE(cell.data(WorkspaceTableModel::StagedTargetRole).toString(), u"azure"_qs);

    change.state = StagedState::Rejected;
    change.error = ApiError::make(ErrorCode::ChangeTooSoon, u"already changed"_qs);
    change.reason = u"The settlement method can change once per calendar month."_qs;
    staged.put({change});
    QCOMPARE(cell.data().toString(),
             u"Rejected: The settlement method can change once per calendar month."_qs);
    QCOMPARE(cell.data(WorkspaceTableModel::ApplyErrorCodeRole).toString(), u"change_too_soon"_qs);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"already changed"_qs);

    staged.remove({ws.id});
    QCOMPARE(cell.data(WorkspaceTableModel::StagedStateRole).toInt(), -1);
    QCOMPARE(cell.data().toString(), QString());
    staged.setAll({change});
    QCOMPARE(cell.data(WorkspaceTableModel::StagedStateRole).toInt(), int(StagedState::Rejected));
    m_model->setStagedChanges(nullptr);
    QCOMPARE(cell.data(WorkspaceTableModel::StagedStateRole).toInt(), -1);
}

void TestWorkspaceTableModel::rolesGiveRawValuesAndKeys()
{
    QList<Workspace> list{makeWorkspace(1, u"Beta"_qs, u"us1"_qs, SettlementMethod::Aws),
                          makeWorkspace(2, u"alpha"_qs, u"cn1"_qs, SettlementMethod::Aliyun)};
    m_model->setWorkspaces(list);
    const QModelIndex method = m_model->index(0, WorkspaceTableModel::MethodColumn);
    QCOMPARE(method.data(WorkspaceTableModel::RawRole).toString(), u"aws"_qs);
    QCOMPARE(method.data(WorkspaceTableModel::WorkspaceIdRole).toString(), list.at(0).id);
    QCOMPARE(m_model->index(0, WorkspaceTableModel::NameColumn)
                 .data(WorkspaceTableModel::SortRole)
                 .toString(),
             u"beta"_qs);
    QCOMPARE(m_model->index(1, WorkspaceTableModel::SubscriptionColumn)
                 .data(WorkspaceTableModel::SortRole)
                 .toLongLong(),
             6227002);
    QVERIFY(m_model->index(1, WorkspaceTableModel::SiteColumn)
                .data(WorkspaceTableModel::SortRole)
                .toLongLong()
            < m_model->index(0, WorkspaceTableModel::SiteColumn)
                  .data(WorkspaceTableModel::SortRole)
                  .toLongLong());
    QCOMPARE(m_model->index(1, WorkspaceTableModel::SettledSinceColumn)
                 .data(WorkspaceTableModel::RawRole)
                 .toDateTime(),
             list.at(1).settlement.since);
}

QTEST_GUILESS_MAIN(TestWorkspaceTableModel)
#include "tst_workspacetablemodel.moc"
