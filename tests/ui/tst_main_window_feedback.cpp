// Progress and errors where the user looks, against the real sandbox billing-center: a sync
// streams rows into the table, shows how many arrived and can be stopped (what arrived
// stays); the offline copy is shown at once and a delta brings it in sync with a staged row,
// the selection and the sort kept; with the server down a failed apply and a failed sync say
// so in the window.
#include "BulkApplyEngine.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "MainWindowFixture.h"
#include "ShownMainWindow.h"
#include "StagingCommands.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceStatusBar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;
// More than two pages of WorkspaceListJob::kDefaultPageSize: the sync can be stopped after
// the first one.
constexpr int kRows = 12000;
} // namespace

class TestMainWindowFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stoppedSyncKeepsWhatArrived();
    void cachedTableFirstThenSynced();
    void applyWithServerDownSaysSo();
    void failedSyncSaysSo();

private:
    QString methodShown(const QString &workspaceId) const;
    bool noteShown() const;

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindowFeedback::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    m_session = &m_shown.session();
    QCOMPARE(m_window->tableView()->model()->rowCount(), kRows);
}

void TestMainWindowFeedback::cleanupTestCase()
{
    m_shown.close();
}

QString TestMainWindowFeedback::methodShown(const QString &workspaceId) const
{
    const WorkspaceTableModel &model = m_session->model();
    return model.index(model.rowOf(workspaceId), WorkspaceTableModel::MethodColumn)
        .data()
        .toString();
}

bool TestMainWindowFeedback::noteShown() const
{
    auto *note = m_window->findChild<QLabel *>(u"noteLabel"_qs);
    return note && note->isVisible() && !note->text().isEmpty();
}

void TestMainWindowFeedback::stoppedSyncKeepsWhatArrived()
{
    // A profile's first sync (no offline copy in its folder): a full load, page by page.
    QTemporaryDir folder;
    auto session = m_fixture.newSession(folder.path());
    MainWindow window(*session, Branding::builtIn(), true);
    WorkspaceStatusBar *status = window.workspaceStatusBar();
    auto *stop = window.findChild<QPushButton *>(u"cancelSyncButton"_qs);
    QVERIFY(stop);
    QString progressShown;
    int rowsAtFirstPage = 0;
    // Queued: Stop is pressed once the first page is in, while the next one is in flight.
    connect(
        session.get(), &WorkspaceSession::syncProgress, this,
        [&] {
            if (!progressShown.isEmpty())
                return;
            progressShown = status->syncText();
            rowsAtFirstPage = window.tableView()->model()->rowCount();
            QVERIFY(stop->isVisible());
            QTest::mouseClick(stop, Qt::LeftButton);
        },
        Qt::QueuedConnection);
    QSignalSpy finished(session.get(), &WorkspaceSession::syncFinished);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kSlow);
    disconnect(session.get(), &WorkspaceSession::syncProgress, this, nullptr);

    QCOMPARE(finished.first().first().value<ClientError>().kind, ClientError::Kind::Cancelled);
    const int received = status->syncReceivedRows();
    QVERIFY(received > 0 && received < kRows);
    // Streamed: the first page was in the table before the sync ended, and it stays.
    QVERIFY(rowsAtFirstPage > 0);
    QCOMPARE(window.tableView()->model()->rowCount(), received);
    QVERIFY2(progressShown.contains(QLocale().toString(rowsAtFirstPage)),
             qPrintable(progressShown));
    QVERIFY(!stop->isVisible());
    QVERIFY2(status->syncText().startsWith(u"Sync stopped"_qs), qPrintable(status->syncText()));
    QVERIFY2(status->noteText().contains(QLocale().toString(received)),
             qPrintable(status->noteText()));
    QVERIFY(!session->hasSynced());
    QVERIFY(window.actions().refresh->isEnabled());

    // Refresh completes the list.
    QSignalSpy again(session.get(), &WorkspaceSession::syncFinished);
    window.actions().refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(again.size() == 1, kSlow);
    QVERIFY(!again.first().first().value<ClientError>().isError());
    QCOMPARE(window.tableView()->model()->rowCount(), kRows);
}

void TestMainWindowFeedback::cachedTableFirstThenSynced()
{
    // The session of initTestCase synced and saved its offline copy (with its sync token).
    // Another administrator changes a workspace; this one has another staged.
    Workspace changed, staged;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.site != u"us1" || ws.settlement.method != SettlementMethod::BillingCenter)
            continue;
        (changed.id.isEmpty() ? changed : staged) = ws;
        if (!staged.id.isEmpty())
            break;
    }
    QVERIFY(!changed.id.isEmpty() && !staged.id.isEmpty());
    QTRY_VERIFY(!m_session->isSavingCache()); // written off the GUI thread
    QString error;
    QVERIFY2(m_fixture.changeBehindTheBack(changed.id, u"azure"_qs, &error), qPrintable(error));

    auto session = m_fixture.newSession();
    QVERIFY(session->showCachedCopy());
    QVERIFY(session->isShowingCachedCopy());
    QCOMPARE(session->model().rowCount(), kRows);
    const SettlementChange target = MainWindowFixture::target(SettlementMethod::Aws);
    session->undoStack().push(new StageChangesCommand(session->staged(), {staged}, target));

    MainWindow window(*session, Branding::builtIn(), true);
    WorkspaceStatusBar *status = window.workspaceStatusBar();
    // Before any network: the copy, marked as such, with the changed row as it was.
    const QString cachedText = status->syncText();
    QVERIFY2(cachedText.startsWith(u"From "_qs), qPrintable(cachedText));
    QCOMPARE(window.tableView()->model()->rowCount(), kRows);
    const WorkspaceTableModel &model = session->model();
    QCOMPARE(model.workspace(model.rowOf(changed.id)).settlement.method,
             SettlementMethod::BillingCenter);
    window.tableView()->sortByColumn(WorkspaceTableModel::NameColumn, Qt::DescendingOrder);
    window.selectWorkspaces({staged.id});

    QSignalSpy synced(session.get(), &WorkspaceSession::syncFinished);
    QSignalSpy reset(&session->proxy(), &QAbstractItemModel::modelReset);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1, kSlow);
    QVERIFY(!synced.first().first().value<ClientError>().isError());

    // In sync through a delta: the change is there, nothing else was reset.
    QVERIFY(session->hasSynced() && !session->isShowingCachedCopy());
    QVERIFY2(status->syncText().startsWith(u"Last sync"_qs), qPrintable(status->syncText()));
    QCOMPARE(model.workspace(model.rowOf(changed.id)).settlement.method, SettlementMethod::Azure);
    QCOMPARE(status->syncReceivedRows(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(window.tableView()->model()->rowCount(), kRows);
    // The staged row, the selection and the sort are as they were.
    QVERIFY(session->staged().find(staged.id));
    QCOMPARE(window.selectedWorkspaces().size(), 1);
    QCOMPARE(window.selectedWorkspaces().first().id, staged.id);
    QCOMPARE(window.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindowFeedback::applyWithServerDownSaysSo()
{
    const QList<Workspace> one{m_session->model().workspace(3)};
    const SettlementChange change = MainWindowFixture::target(
        one.first().settlement.method == SettlementMethod::Azure ? SettlementMethod::Aws
                                                                 : SettlementMethod::Azure);
    m_session->undoStack().push(new StageChangesCommand(m_session->staged(), one, change));
    QVERIFY(m_fixture.server().stop());

    QSignalSpy finished(&m_session->engine(), &BulkApplyEngine::finished);
    m_window->actions().apply->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kSlow);
    const BulkApplyEngine::Summary summary = m_session->engine().summary();
    QVERIFY(summary.error.isError());
    QCOMPARE(summary.applied, 0);
    const QString note = m_window->workspaceStatusBar()->noteText();
    QVERIFY2(note.contains(summary.error.userMessage()), qPrintable(note));
    QVERIFY(noteShown());
    // The note is elided in a narrow status bar: the error is also said in a message box.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"applyErrorMessageBox"_qs)));
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY2(box->informativeText().contains(summary.error.userMessage()),
             qPrintable(box->informativeText()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"applyErrorMessageBox"_qs));
    QVERIFY(m_session->staged().contains(one.first().id)); // nothing the user staged is lost
}

void TestMainWindowFeedback::failedSyncSaysSo()
{
    QVERIFY(!m_fixture.server().isRunning());
    m_window->workspaceStatusBar()->showNote({});
    QSignalSpy finished(m_session, &WorkspaceSession::syncFinished);
    m_window->actions().refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kSlow);
    const auto error = finished.first().first().value<ClientError>();
    QVERIFY(error.isError());
    WorkspaceStatusBar *status = m_window->workspaceStatusBar();
    QVERIFY2(status->syncText().startsWith(u"Sync failed"_qs), qPrintable(status->syncText()));
    QCOMPARE(status->noteText(), error.userMessage());
    QVERIFY(noteShown());
    QVERIFY(!status->isSyncStopVisible());
    QCOMPARE(m_window->tableView()->model()->rowCount(), kRows);
}

QTEST_MAIN(TestMainWindowFeedback)
#include "tst_main_window_feedback.moc"
