// The main window's screens, on the demo account of a sandbox billing-center of its own:
// the table with applied, rejected and staged rows, the overview and the notifications
// (with the mail of a released marketplace subscription).
#include "ActivityLookup.h"
#include "BulkApplyEngine.h"
#include "DemoScene.h"
#include "NotificationsView.h"
#include "OverviewTab.h"
#include "StagingCommands.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace billing::test {
namespace {
// The workspaces of the first `count` table rows after `first` (as sorted on screen).
QList<Workspace> shownRows(DemoScene &scene, int first, int count)
{
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(scene.window->tableView()->model());
    QList<Workspace> rows;
    for (int row = first; row < first + count && row < proxy->rowCount(); ++row)
        rows.append(
            scene.session->model().workspace(proxy->mapToSource(proxy->index(row, 0)).row()));
    return rows;
}

// The top of the table: rows applied and rejected by a bulk change to AWS, rows staged for
// Azure still waiting, one rejected row selected so that the details pane shows why.
bool stageAndApply(ScreenContext &context, DemoScene &scene)
{
    WorkspaceSession &session = *scene.session;
    session.undoStack().push(new StageChangesCommand(session.staged(), shownRows(scene, 0, 14),
                                                     changeTo(SettlementMethod::Aws)));
    QSignalSpy finished(&session.engine(), &BulkApplyEngine::finished);
    session.engine().apply();
    if (!finished.wait(MainWindowFixture::kSlowMs)) {
        context.error = QStringLiteral("apply timed out");
        return false;
    }
    QList<Workspace> later;
    for (const Workspace &ws : shownRows(scene, 14, 10)) {
        if (ws.settlement.method == SettlementMethod::BillingCenter)
            later.append(ws);
    }
    session.undoStack().push(
        new StageChangesCommand(session.staged(), later, changeTo(SettlementMethod::Azure)));
    const QList<StagedChange> rejected = session.staged().inState(StagedState::Rejected);
    if (rejected.isEmpty()) {
        context.error = QStringLiteral("the demo gave no rejected row");
        return false;
    }
    scene.window->selectWorkspaces({rejected.first().workspaceId()});
    return true;
}

QWidget *mainWindow(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene || !stageAndApply(context, *scene))
        return nullptr;
    if (!waitForLoad(historyOf(*scene->window)->loader()))
        context.error = QStringLiteral("the history of the selected row did not load");
    return scene->window.get();
}

QWidget *overview(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    scene->window->tabs()->setCurrentIndex(MainWindow::OverviewTabIndex);
    if (auto *tab = scene->window->findChild<OverviewTab *>())
        tab->refreshNow();
    return scene->window.get();
}

// The subscription behind an Alibaba Cloud settled workspace is released in the sandbox
// marketplace: the Billing Center moves its workspaces back and mails the owner.
QWidget *notifications(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    QString instanceId;
    for (const Workspace &ws : scene->session->model().workspaces()) {
        if (ws.settlement.method == SettlementMethod::Aliyun) {
            instanceId = ws.settlement.instanceId;
            break;
        }
    }
    if (instanceId.isEmpty()) {
        context.error = QStringLiteral("no Alibaba Cloud settled workspace in the demo");
        return nullptr;
    }
    sandboxInstanceAction(scene->fixture.http(), instanceId, QStringLiteral("release"),
                          &context.error);
    if (!context.error.isEmpty() || !MainWindowFixture::sync(*scene->session, &context.error))
        return nullptr;
    auto *view = scene->window->findChild<NotificationsView *>();
    QSignalSpy refreshed(view, &NotificationsView::refreshed);
    scene->window->tabs()->setCurrentIndex(MainWindow::NotificationsTab);
    view->refresh();
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, MainWindowFixture::kSlowMs)) {
        context.error = QStringLiteral("the notifications did not load");
        return nullptr;
    }
    if (auto *table = view->findChild<QTableView *>(); table && table->model()->rowCount() > 0)
        table->selectRow(0);
    return scene->window.get();
}
// The question after a restart when the last run left staged changes behind.
QWidget *journalOffer(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene || !stageAndApply(context, *scene))
        return nullptr;
    if (!scene->session->engine().saveJournal()) {
        context.error = QStringLiteral("the journal was not saved");
        return nullptr;
    }
    scene->window.reset();
    scene->session = scene->fixture.newSession(); // the next start, same data folder
    scene->window = std::make_unique<MainWindow>(*scene->session, Branding::builtIn(), true);
    scene->window->resize(1280, 760);
    scene->window->show();
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (box = scene->window->findChild<QMessageBox *>(
                            QStringLiteral("journalMessageBox")))
                       != nullptr;
            },
            MainWindowFixture::kSlowMs)) {
        context.error = QStringLiteral("no journal question");
        return nullptr;
    }
    return box;
}
// Resumes a paused server when the screen is done (ScreenContext drops the newest first).
struct ServerResumer : QObject {
    explicit ServerResumer(TestServer &server)
        : server(server)
    {}
    ~ServerResumer() override { server.resume(); }
    TestServer &server;
};

// The next start: the offline copy at once, marked "From <time>, syncing…" while the
// Billing Center (paused here) has not answered the delta sync yet.
QWidget *fromCache(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    scene->window.reset();
    scene->session.reset(); // waits for the offline copy to be written
    scene->session = scene->fixture.newSession();
    if (!scene->session->showCachedCopy()) {
        context.error = QStringLiteral("no offline copy to show");
        return nullptr;
    }
    if (!scene->fixture.server().pause()) {
        context.error = scene->fixture.server().errorString();
        return nullptr;
    }
    context.own(std::make_unique<ServerResumer>(scene->fixture.server()));
    scene->window = std::make_unique<MainWindow>(*scene->session, Branding::builtIn(), true);
    scene->window->resize(1280, 760);
    scene->window->show();
    return scene->window.get();
}
} // namespace

void addMainWindowScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("main-window"), mainWindow);
    catalog.add(QStringLiteral("main-window-overview"), overview);
    catalog.add(QStringLiteral("main-window-notifications"), notifications);
    catalog.add(QStringLiteral("main-window-journal-offer"), journalOffer);
    catalog.add(QStringLiteral("main-window-from-cache"), fromCache);
}

} // namespace billing::test
