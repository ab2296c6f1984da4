// Progress and errors where the user looks, against the real sandbox billing-center: a sync
// shows the rows received so far and can be stopped (the table keeps the last synced list),
// and with the server down a failed apply and a failed sync say so in the window.
#include "BulkApplyEngine.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "MainWindowFixture.h"
#include "ShownMainWindow.h"
#include "StagingCommands.h"
#include "WorkspaceStatusBar.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
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
    void stoppedSyncKeepsTheTable();
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

void TestMainWindowFeedback::stoppedSyncKeepsTheTable()
{
    // Another administrator changes a workspace: a finished sync would show it.
    Workspace changed;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.site == u"us1" && ws.settlement.method == SettlementMethod::BillingCenter) {
            changed = ws;
            break;
        }
    }
    QVERIFY(!changed.id.isEmpty());
    const QString before = methodShown(changed.id);
    QString error;
    QVERIFY2(m_fixture.changeBehindTheBack(changed.id, u"azure"_qs, &error), qPrintable(error));
    const QDateTime lastSync = m_session->lastSyncAt();

    WorkspaceStatusBar *status = m_window->workspaceStatusBar();
    QVERIFY(!status->isSyncStopVisible()); // only while a sync runs
    auto *stop = m_window->findChild<QPushButton *>(u"cancelSyncButton"_qs);
    QVERIFY(stop);
    QString progressShown;
    // Queued: Stop is pressed once the first page is in, while the next one is in flight.
    connect(
        m_session, &WorkspaceSession::syncProgress, this,
        [&] {
            if (!progressShown.isEmpty())
                return;
            progressShown = status->syncText();
            QVERIFY(stop->isVisible());
            QTest::mouseClick(stop, Qt::LeftButton);
        },
        Qt::QueuedConnection);
    QSignalSpy finished(m_session, &WorkspaceSession::syncFinished);
    m_window->actions().refresh->trigger();
    QVERIFY(m_session->isSyncing());
    QVERIFY(!m_window->actions().refresh->isEnabled());
    QVERIFY(stop->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kSlow);
    disconnect(m_session, &WorkspaceSession::syncProgress, this, nullptr);

    QCOMPARE(finished.first().first().value<ClientError>().kind, ClientError::Kind::Cancelled);
    QVERIFY(status->syncReceivedRows() > 0 && status->syncReceivedRows() < kRows);
    const QString received = QLocale().toString(status->syncReceivedRows());
    QVERIFY2(progressShown.contains(received), qPrintable(progressShown));
    QVERIFY(!stop->isVisible());
    QVERIFY2(status->syncText().startsWith(u"Sync stopped"_qs), qPrintable(status->syncText()));
    QVERIFY2(status->noteText().contains(received), qPrintable(status->noteText()));
    QVERIFY(noteShown());
    QCOMPARE(m_session->lastSyncAt(), lastSync);
    QCOMPARE(m_window->tableView()->model()->rowCount(), kRows);
    QCOMPARE(methodShown(changed.id), before);
    QVERIFY(m_window->actions().refresh->isEnabled());
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
