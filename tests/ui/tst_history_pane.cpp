// The details pane's history in the main window, against the real sandbox billing-center:
// the selected workspace's events, newest first, in words; an applied change appears at
// the top once the apply finishes; a quick move to another row shows only that row's
// history; several rows show none; a failed load says why in the pane.
#include "ActivityLookup.h"
#include "BulkApplyEngine.h"
#include "MainWindowActions.h"
#include "ShownMainWindow.h"
#include "StagingCommands.h"
#include "WorkspaceHistoryView.h"
#include "WorkspaceTableModel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kRows = 40;
} // namespace

class TestHistoryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheSelectedWorkspacesHistory();
    void appliedChangeAppearsAtTheTop();
    void quickMoveShowsOnlyTheLastRow();
    void severalRowsShowNoHistory();
    void failedLoadSaysWhy();

private:
    QList<Workspace> billingCenterRows(int count) const;
    QString shownRow(int row) const;
    QString statusText() const;
    bool shown(const char *objectName) const;

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;
    WorkspaceHistory *m_history = nullptr;
    QListView *m_list = nullptr;
};

void TestHistoryPane::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    m_session = &m_shown.session();
    m_history = historyOf(*m_window);
    QVERIFY(m_history);
    m_list = m_window->findChild<QListView *>(QStringLiteral("historyListView"));
    QVERIFY(m_list);
    QCOMPARE(m_history->loader().state(), EventLoader::State::Idle); // nothing selected yet
}

void TestHistoryPane::cleanupTestCase()
{
    m_shown.close();
}

QList<Workspace> TestHistoryPane::billingCenterRows(int count) const
{
    QList<Workspace> found;
    for (const Workspace &ws : m_session->model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::BillingCenter && found.size() < count)
            found.append(ws);
    }
    return found;
}

QString TestHistoryPane::shownRow(int row) const
{
    return m_list->model()->index(row, 0).data().toString();
}

QString TestHistoryPane::statusText() const
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("historyStatusLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

bool TestHistoryPane::shown(const char *objectName) const
{
    auto *widget = m_window->findChild<QWidget *>(QLatin1String(objectName));
    return widget && widget->isVisible();
}

void TestHistoryPane::showsTheSelectedWorkspacesHistory()
{
    const Workspace ws = billingCenterRows(1).value(0);
    QVERIFY(!ws.id.isEmpty());
    QVERIFY(selectAndLoadHistory(*m_window, ws.id));
    QVERIFY(shown("workspaceHistoryView"));
    QVERIFY(shown("historyListView"));
    const EventTableModel &model = m_history->loader().model();
    for (const SettlementEvent &event : model.events())
        QCOMPARE(event.workspaceId, ws.id);
    QCOMPARE(m_list->model()->rowCount(), model.rowCount());
    const QString status = statusText();
    QVERIFY2(model.rowCount() == 0 ? status.startsWith(u"No events"_qs)
                                   : status.contains(QString::number(model.rowCount())),
             qPrintable(status));
    QVERIFY(!shown("historyErrorLabel"));
}

void TestHistoryPane::appliedChangeAppearsAtTheTop()
{
    const Workspace ws = billingCenterRows(2).value(1);
    QVERIFY(selectAndLoadHistory(*m_window, ws.id));
    const int before = m_history->loader().model().rowCount();

    // Azure is granted to the demo account on every site; its subscription is claimed.
    const SettlementChange target = MainWindowFixture::target(SettlementMethod::Azure);
    m_session->undoStack().push(new StageChangesCommand(m_session->staged(), {ws}, target));
    QSignalSpy applied(&m_session->engine(), &BulkApplyEngine::finished);
    QSignalSpy loads(&m_history->loader(), &EventLoader::finished);
    m_window->actions().apply->trigger();
    QVERIFY(applied.wait(MainWindowFixture::kSlowMs));
    QCOMPARE(m_session->engine().summary().applied, 1);
    // The window loads the history again by itself once the apply has finished.
    QVERIFY(loads.wait(MainWindowFixture::kSlowMs));
    QCOMPARE(m_history->loader().state(), EventLoader::State::Loaded);
    QCOMPARE(m_list->model()->rowCount(), before + 1);

    const QStringList top = shownRow(0).split(u'\n');
    QCOMPARE(top.size(), 3);
    QVERIFY2(top.at(0).endsWith(u" · demo"_qs), qPrintable(top.at(0)));
    QCOMPARE(top.at(1), u"Billing Center account → Azure subscription "_qs
                            + MainWindowFixture::kDemoAzureSubscription);
    QCOMPARE(top.at(2), u"user change"_qs);
    // Newest first: the change is no older than anything under it.
    const EventTableModel &model = m_history->loader().model();
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.event(row).at <= model.event(0).at);
}

void TestHistoryPane::quickMoveShowsOnlyTheLastRow()
{
    const QList<Workspace> rows = billingCenterRows(5);
    QCOMPARE(rows.size(), 5);
    // Row by row with the keyboard: only where the selection stops is loaded.
    QSignalSpy loads(&m_history->loader(), &EventLoader::finished);
    for (const Workspace &ws : rows.mid(2))
        m_window->selectWorkspaces({ws.id});
    QCOMPARE(m_history->workspaceId(), rows.last().id);
    QVERIFY(waitForLoad(m_history->loader()));
    QTest::qWait(2 * m_history->loader().settleDelay());
    QCOMPARE(loads.count(), 1);
    for (const SettlementEvent &event : m_history->loader().model().events())
        QCOMPARE(event.workspaceId, rows.last().id);
}

void TestHistoryPane::severalRowsShowNoHistory()
{
    const QList<Workspace> rows = billingCenterRows(2);
    m_window->selectWorkspaces({rows.at(0).id, rows.at(1).id});
    QCOMPARE(m_history->loader().state(), EventLoader::State::Idle);
    QCOMPARE(m_list->model()->rowCount(), 0);
    QVERIFY(!shown("workspaceHistoryView"));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("detailsMessageLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().startsWith(u"2 workspace"_qs), qPrintable(message->text()));
}

void TestHistoryPane::failedLoadSaysWhy()
{
    QVERIFY(m_fixture.server().stop());
    const Workspace ws = billingCenterRows(4).value(3);
    m_window->selectWorkspaces({ws.id});
    QVERIFY(waitForLoad(m_history->loader(), EventLoader::State::Failed));
    QVERIFY(shown("historyErrorLabel"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("historyErrorLabel"));
    QVERIFY2(error->text().startsWith(u"Could not load the history: "_qs),
             qPrintable(error->text()));
    QCOMPARE(m_list->model()->rowCount(), 0);
}

QTEST_MAIN(TestHistoryPane)
#include "tst_history_pane.moc"
