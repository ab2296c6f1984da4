// The main window against the real sandbox billing-center with the demo account: the
// filter bar, staging through the Change settlement dialog across sites, undo and redo from
// the Edit menu, an apply with rows the server rejects, Retry failed after the monthly rule
// passes, a 409 re-staged on the server's value, and the journal offered back on start.
// Export, plan import and 100 000 rows: tst_main_window_files.
#include "Branding.h"
#include "BulkApplyEngine.h"
#include "ChangeSettlementDialog.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "MainWindowCommands.h"
#include "MainWindowFixture.h"
#include "StagedRowDelegate.h"
#include "StagingCommands.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceStatusBar.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "../workspaces/WorkspaceFixtures.h"

#include <functional>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;
const QStringList kAwsSites{QStringLiteral("cn2"), QStringLiteral("us1"), QStringLiteral("eu1"),
                            QStringLiteral("ap1")};

SettlementChange to(SettlementMethod method)
{
    return MainWindowFixture::target(method);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsCountsAndSync();
    void filterBarFilters();
    void stageUndoRedoAcrossSites();
    void applyWithRejections();
    void retryFailedAfterMonthlyRule();
    void conflictRestagedOnServerValue();
    void cancelKeepsUnsentRowsStaged();
    void journalOfferedOnNextStart();

private:
    QList<Workspace> pick(const std::function<bool(const Workspace &)> &accept, int count) const;
    QString cell(const QString &workspaceId, int column) const;
    QStringList ids(const QList<Workspace> &workspaces) const;
    bool applyAndWait(QAction *trigger);
    QAction *action(const char *name) const;

    MainWindowFixture m_fixture{600};
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QSet<QString> m_used; // workspaces an earlier test changed (monthly rule)
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_session = m_fixture.newSession();
    m_session->engine().setChunkSize(40);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_session->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window = std::make_unique<MainWindow>(*m_session, Branding::builtIn(), true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(MainWindowFixture::sync(*m_session, &error), qPrintable(error));
    QCOMPARE(m_window->tableView()->model()->rowCount(), 600);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_tester.reset();
    m_session.reset();
}

QAction *TestMainWindow::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QList<Workspace> TestMainWindow::pick(const std::function<bool(const Workspace &)> &accept,
                                      int count) const
{
    QList<Workspace> found;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (found.size() < count && !m_used.contains(ws.id) && accept(ws))
            found.append(ws);
    }
    return found;
}

QStringList TestMainWindow::ids(const QList<Workspace> &workspaces) const
{
    QStringList list;
    for (const Workspace &ws : workspaces)
        list.append(ws.id);
    return list;
}

// The text the table shows for a workspace (through the proxy, as the view reads it).
QString TestMainWindow::cell(const QString &workspaceId, int column) const
{
    const WorkspaceTableModel &model = m_session->model();
    const QModelIndex source = model.index(model.rowOf(workspaceId), column);
    const QAbstractItemModel *proxy = m_window->tableView()->model();
    const auto *mapping = qobject_cast<const QAbstractProxyModel *>(proxy);
    return mapping->mapFromSource(source).data().toString();
}

bool TestMainWindow::applyAndWait(QAction *trigger)
{
    QSignalSpy finished(&m_session->engine(), &BulkApplyEngine::finished);
    trigger->trigger();
    if (!m_session->engine().isRunning() || !m_window->workspaceStatusBar()->isApplyVisible()
        || !action("cancelApplyAction")->isEnabled() || action("applyAction")->isEnabled())
        return false;
    return finished.wait(kSlow) && !m_window->workspaceStatusBar()->isApplyVisible();
}

void TestMainWindow::showsCountsAndSync()
{
    QVERIFY(m_window->windowTitle().contains(Branding::builtIn().brandName));
    QCOMPARE(m_window->workspaceStatusBar()->countsText(),
             u"600 workspaces, 600 shown, 0 staged"_qs);
    QVERIFY2(m_window->workspaceStatusBar()->syncText().startsWith(u"Last sync"_qs),
             qPrintable(m_window->workspaceStatusBar()->syncText()));
    QCOMPARE(m_window->tabs()->count(), 5);
    QCOMPARE(m_window->tabs()->tabText(MainWindow::ActivityTabIndex), u"Activity"_qs);
    QCOMPARE(action("showActivityAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    QCOMPARE(m_window->tabs()->tabText(MainWindow::CostsTabIndex), u"Costs"_qs);
    QCOMPARE(action("showCostsAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QVERIFY(!action("undoAction")->isEnabled());
    QVERIFY(!action("applyAction")->isEnabled());
    QCOMPARE(action("undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action("redoAction")->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(action("changeSettlementAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(action("applyAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
}

void TestMainWindow::filterBarFilters()
{
    const QAbstractItemModel *shown = m_window->tableView()->model();
    const Workspace target = m_session->model().workspace(123);
    action("findAction")->trigger();
    auto *text = m_window->findChild<QLineEdit *>(u"filterLineEdit"_qs);
    QVERIFY(text);
    QCOMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, target.id);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(cell(target.id, WorkspaceTableModel::NameColumn), target.name);
    QCOMPARE(m_window->workspaceStatusBar()->countsText(), u"600 workspaces, 1 shown, 0 staged"_qs);

    text->clear();
    auto *site = m_window->findChild<QComboBox *>(u"siteComboBox"_qs);
    site->setCurrentIndex(site->findData(u"cn2"_qs));
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < 600);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, WorkspaceTableModel::SiteColumn).data().toString(), u"cn2"_qs);

    QTest::mouseClick(m_window->findChild<QWidget *>(u"clearFilterButton"_qs), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 600);
}

void TestMainWindow::stageUndoRedoAcrossSites()
{
    QList<Workspace> selection;
    for (const QString &site : kAwsSites.first(3)) {
        selection += pick(
            [&site](const Workspace &ws) {
                return ws.site == site && ws.settlement.method == SettlementMethod::BillingCenter;
            },
            2);
    }
    QCOMPARE(selection.size(), 6);
    m_window->selectWorkspaces(ids(selection));
    QCOMPARE(m_window->selectedWorkspaces().size(), 6);
    QVERIFY(action("changeSettlementAction")->isEnabled());
    QVERIFY(!action("unstageAction")->isEnabled());

    action("changeSettlementAction")->trigger();
    auto *dialog = m_window->findChild<ChangeSettlementDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setSelectedMethod(SettlementMethod::Aws);
    auto *stage = dialog->findChild<QPushButton *>(u"stageChangeButton"_qs);
    QVERIFY(stage);
    // Enabled once the account's AWS subscriptions are listed and the opened one chosen.
    QTRY_VERIFY_WITH_TIMEOUT(stage->isEnabled(), kSlow);
    QCOMPARE(dialog->target().subscriptionId, MainWindowFixture::kDemoAwsSubscription);
    QTest::mouseClick(stage, Qt::LeftButton);
    QCOMPARE(m_session->staged().size(), 6);

    const QString transition = displayName(SettlementMethod::BillingCenter) + u" → "_qs
                               + displayName(SettlementMethod::Aws);
    for (const Workspace &ws : std::as_const(selection))
        QCOMPARE(cell(ws.id, WorkspaceTableModel::StagedColumn), transition);
    QVERIFY(m_window->workspaceStatusBar()->countsText().endsWith(u"6 staged"_qs));
    QVERIFY(action("undoAction")->isEnabled());
    QVERIFY(!action("redoAction")->isEnabled());
    QVERIFY(action("applyAction")->isEnabled());
    QVERIFY(action("unstageAction")->isEnabled());

    action("undoAction")->trigger();
    QVERIFY(m_session->staged().isEmpty());
    QCOMPARE(cell(selection.first().id, WorkspaceTableModel::StagedColumn), QString());
    QVERIFY(!action("undoAction")->isEnabled());
    QVERIFY(action("redoAction")->isEnabled());
    QVERIFY(!action("applyAction")->isEnabled());

    action("redoAction")->trigger();
    QCOMPARE(m_session->staged().size(), 6);
    QCOMPARE(cell(selection.last().id, WorkspaceTableModel::StagedColumn), transition);

    // Unstage two of them, undo that, then unstage all for the next test.
    m_window->selectWorkspaces(ids(selection.first(2)));
    action("unstageAction")->trigger();
    QCOMPARE(m_session->staged().size(), 4);
    action("undoAction")->trigger();
    QCOMPARE(m_session->staged().size(), 6);
    m_window->selectWorkspaces(ids(selection));
    action("unstageAction")->trigger();
    QVERIFY(m_session->staged().isEmpty());
    m_session->undoStack().clear();
}

void TestMainWindow::applyWithRejections()
{
    // Billing Center rows of every site to AWS, staged as a plan would (no dialog checks):
    // the AWS sites accept, the others refuse with the site rule.
    const QList<Workspace> selection = pick(
        [](const Workspace &ws) { return ws.settlement.method == SettlementMethod::BillingCenter; },
        200);
    QCOMPARE(selection.size(), 200);
    int expectApplied = 0;
    for (const Workspace &ws : selection)
        expectApplied += kAwsSites.contains(ws.site) ? 1 : 0;
    QVERIFY(expectApplied > 0 && expectApplied < 200);
    m_session->undoStack().push(
        new StageChangesCommand(m_session->staged(), selection, to(SettlementMethod::Aws)));

    QSignalSpy chunks(&m_session->engine(), &BulkApplyEngine::chunkSent);
    QVERIFY(applyAndWait(action("applyAction")));
    const BulkApplyEngine::Summary summary = m_session->engine().summary();
    QCOMPARE(summary.applied, expectApplied);
    QCOMPARE(summary.rejected, 200 - expectApplied);
    QCOMPARE(chunks.size(), 5); // 200 rows in chunks of 40

    auto *delegate = qobject_cast<StagedRowDelegate *>(m_window->tableView()->itemDelegate());
    QVERIFY(delegate);
    QStringList rejected;
    for (const Workspace &ws : selection) {
        const QString staged = cell(ws.id, WorkspaceTableModel::StagedColumn);
        const WorkspaceTableModel &model = m_session->model();
        const QModelIndex source = model.index(model.rowOf(ws.id), WorkspaceTableModel::NameColumn);
        if (kAwsSites.contains(ws.site)) {
            QVERIFY2(staged.startsWith(u"Applied"_qs), qPrintable(staged));
            QCOMPARE(cell(ws.id, WorkspaceTableModel::MethodColumn),
                     displayName(SettlementMethod::Aws));
            m_used.insert(ws.id);
        } else {
            QVERIFY2(staged.startsWith(u"Rejected"_qs), qPrintable(staged));
            const StagedChange *change = m_session->staged().find(ws.id);
            QCOMPARE(change->error.code, ErrorCode::MethodNotAllowedForSite);
            QVERIFY(!change->reason.isEmpty());
            QCOMPARE(delegate->rejectionTooltip(source), change->reason);
            rejected.append(ws.id);
        }
    }
    QVERIFY(action("retryFailedAction")->isEnabled());
    QVERIFY(!action("restageConflictsAction")->isEnabled());
    QVERIFY(!action("applyAction")->isEnabled());
    QVERIFY(m_window->workspaceStatusBar()->noteText().contains(u"rejected"_qs));

    // The refused rows are dropped from the plan: select and unstage them.
    m_window->selectWorkspaces(rejected);
    QVERIFY(action("unstageAction")->isEnabled());
    action("unstageAction")->trigger();
    QCOMPARE(m_session->staged().count(StagedState::Rejected), 0);
}

void TestMainWindow::retryFailedAfterMonthlyRule()
{
    // Rows applied this month cannot change again until next month.
    QList<Workspace> again;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (m_used.contains(ws.id) && again.size() < 30)
            again.append(ws);
    }
    QCOMPARE(again.size(), 30);
    m_session->undoStack().push(
        new StageChangesCommand(m_session->staged(), again, to(SettlementMethod::BillingCenter)));
    QCOMPARE(m_session->staged().count(StagedState::Staged), 30);
    QVERIFY(applyAndWait(action("applyAction")));
    QCOMPARE(m_session->engine().summary().rejected, 30);
    QCOMPARE(m_session->staged().find(again.first().id)->error.code, ErrorCode::ChangeTooSoon);
    QVERIFY(action("retryFailedAction")->isEnabled());

    QString error;
    QVERIFY2(m_fixture.advanceToNextMonth(&error), qPrintable(error));
    QVERIFY(applyAndWait(action("retryFailedAction")));
    QCOMPARE(m_session->engine().summary().applied, 30);
    QCOMPARE(m_session->engine().summary().rejected, 0);
    QCOMPARE(cell(again.last().id, WorkspaceTableModel::MethodColumn),
             displayName(SettlementMethod::BillingCenter));
    QVERIFY(!action("retryFailedAction")->isEnabled());
}

void TestMainWindow::conflictRestagedOnServerValue()
{
    const QList<Workspace> one = pick(
        [](const Workspace &ws) {
            return ws.site == u"us1" && ws.settlement.method == SettlementMethod::BillingCenter;
        },
        1);
    QCOMPARE(one.size(), 1);
    const Workspace ws = one.first();
    m_used.insert(ws.id);
    m_session->undoStack().push(
        new StageChangesCommand(m_session->staged(), one, to(SettlementMethod::Aws)));
    QString error;
    QVERIFY2(m_fixture.changeBehindTheBack(ws.id, u"azure"_qs, &error), qPrintable(error));

    QVERIFY(applyAndWait(action("applyAction")));
    const StagedChange *change = m_session->staged().find(ws.id);
    QCOMPARE(change->error.code, ErrorCode::VersionConflict);
    QVERIFY(change->error.current);
    QVERIFY(action("restageConflictsAction")->isEnabled());
    QVERIFY(!action("retryFailedAction")->isEnabled());
    // The table still shows what was known when staging.
    QCOMPARE(cell(ws.id, WorkspaceTableModel::MethodColumn),
             displayName(SettlementMethod::BillingCenter));

    action("restageConflictsAction")->trigger();
    auto *box = m_window->findChild<QMessageBox *>(u"restageMessageBox"_qs);
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY2(box->informativeText().contains(displayName(SettlementMethod::Azure)),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton *>(u"restageButton"_qs), Qt::LeftButton);

    change = m_session->staged().find(ws.id);
    QCOMPARE(change->state, StagedState::Staged);
    QCOMPARE(change->original.method, SettlementMethod::Azure);
    QCOMPARE(change->target.expectedVersion, std::optional<qint64>(ws.version + 1));
    QCOMPARE(cell(ws.id, WorkspaceTableModel::MethodColumn), displayName(SettlementMethod::Azure));
    QCOMPARE(cell(ws.id, WorkspaceTableModel::StagedColumn),
             displayName(SettlementMethod::Azure) + u" → "_qs + displayName(SettlementMethod::Aws));
    QVERIFY(!action("restageConflictsAction")->isEnabled());

    action("undoAction")->trigger();
    QCOMPARE(m_session->staged().find(ws.id)->state, StagedState::Rejected);
    action("redoAction")->trigger();
    QCOMPARE(m_session->staged().find(ws.id)->state, StagedState::Staged);

    m_window->selectWorkspaces({ws.id});
    action("unstageAction")->trigger();
    QVERIFY(!m_session->staged().contains(ws.id));
}

void TestMainWindow::cancelKeepsUnsentRowsStaged()
{
    const QList<Workspace> selection = pick(
        [](const Workspace &ws) { return ws.settlement.method == SettlementMethod::BillingCenter; },
        120);
    QCOMPARE(selection.size(), 120);
    m_session->undoStack().push(
        new StageChangesCommand(m_session->staged(), selection, to(SettlementMethod::Azure)));
    QSignalSpy finished(&m_session->engine(), &BulkApplyEngine::finished);
    // Two of the three chunks of 40 leave at once; the third waits for a free slot.
    m_session->engine().setMaxChunksInFlight(2);
    action("applyAction")->trigger();
    auto *cancel = m_window->findChild<QPushButton *>(u"cancelApplyButton"_qs);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton); // stops after the chunks in flight
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kSlow);
    m_session->engine().setMaxChunksInFlight(BulkApplyEngine::kDefaultMaxChunksInFlight);
    const BulkApplyEngine::Summary summary = m_session->engine().summary();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.applied, 80);
    QCOMPARE(summary.remaining, 40);
    QCOMPARE(m_session->staged().count(StagedState::Staged), 40);
    QVERIFY(m_window->workspaceStatusBar()->noteText().contains(u"cancelled"_qs));
    QVERIFY(!cancel->isVisible());
    QVERIFY(action("applyAction")->isEnabled());
    for (const Workspace &ws : selection)
        m_used.insert(ws.id);
}

void TestMainWindow::journalOfferedOnNextStart()
{
    // Whatever is staged now is on disk; a second start offers it back.
    const qsizetype staged =
        m_session->staged().size() - m_session->staged().count(StagedState::Applied);
    QVERIFY(staged > 0);
    QVERIFY(m_session->engine().saveJournal());

    auto restoredSession = m_fixture.newSession();
    QVERIFY(restoredSession->journalFromLastRun());
    MainWindow restoring(*restoredSession, Branding::builtIn(), true);
    restoring.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restoring));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = restoring.findChild<QMessageBox *>(u"journalMessageBox"_qs)) != nullptr, kSlow);
    QVERIFY(box->text().contains(QString::number(staged)));
    QTest::mouseClick(box->findChild<QPushButton *>(u"restoreButton"_qs), Qt::LeftButton);
    QCOMPARE(restoredSession->staged().size(), staged);
    QVERIFY(restoring.actions().apply->isEnabled());

    auto discardedSession = m_fixture.newSession();
    QVERIFY(discardedSession->journalFromLastRun()); // restoring saved it again
    MainWindow discarding(*discardedSession, Branding::builtIn(), true);
    discarding.show();
    QVERIFY(QTest::qWaitForWindowExposed(&discarding));
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = discarding.findChild<QMessageBox *>(u"journalMessageBox"_qs)) != nullptr, kSlow);
    QTest::mouseClick(box->findChild<QPushButton *>(u"discardButton"_qs), Qt::LeftButton);
    QVERIFY(discardedSession->staged().isEmpty());
    QVERIFY(!discardedSession->journal().exists());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
