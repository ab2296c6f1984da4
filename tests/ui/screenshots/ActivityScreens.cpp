// The settlement history and the audit log, on the demo account: the details pane with the
// history of a workspace whose Alibaba Cloud subscription expired and was then released,
// the Activity tab after a small bulk change and that release, and the tab when the
// Billing Center cannot be reached (the filters stay as the user set them).
#include "ActivityFilterBar.h"
#include "ActivityLookup.h"
#include "BulkApplyEngine.h"
#include "DemoScene.h"
#include "StagingCommands.h"

#include <QComboBox>
#include <QTableView>
#include <QUndoStack>

namespace billing::test {
namespace {
constexpr int kSlow = MainWindowFixture::kSlowMs;

// A lock-pending Alibaba Cloud workspace's subscription is released by the marketplace and
// a few Billing Center workspaces are moved to Azure by the user; the table is synced.
// Returns the released workspace's ID.
QString releaseAndChange(ScreenContext &context, DemoScene &scene)
{
    WorkspaceSession &session = *scene.session;
    Workspace released;
    QList<Workspace> moved;
    for (const Workspace &ws : session.model().workspaces()) {
        if (released.id.isEmpty() && ws.settlement.method == SettlementMethod::Aliyun
            && ws.status == WorkspaceStatus::LockPending)
            released = ws;
        if (ws.settlement.method == SettlementMethod::BillingCenter && moved.size() < 6)
            moved.append(ws);
    }
    if (released.id.isEmpty()) {
        context.error = QStringLiteral("no lock-pending Alibaba Cloud workspace in the demo");
        return {};
    }
    session.undoStack().push(
        new StageChangesCommand(session.staged(), moved, changeTo(SettlementMethod::Azure)));
    QSignalSpy applied(&session.engine(), &BulkApplyEngine::finished);
    session.engine().apply();
    if (!applied.wait(kSlow)) {
        context.error = QStringLiteral("apply timed out");
        return {};
    }
    sandboxInstanceAction(scene.fixture.http(), released.settlement.instanceId,
                          QStringLiteral("release"), &context.error);
    if (!context.error.isEmpty() || !MainWindowFixture::sync(session, &context.error))
        return {};
    return released.id;
}

QWidget *history(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    const QString id = releaseAndChange(context, *scene);
    if (id.isEmpty())
        return nullptr;
    if (!selectAndLoadHistory(*scene->window, id))
        context.error = QStringLiteral("the history did not load");
    return scene->window.get();
}

QWidget *activity(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene || releaseAndChange(context, *scene).isEmpty())
        return nullptr;
    if (!showActivity(*scene->window)) {
        context.error = QStringLiteral("the activity did not load");
        return nullptr;
    }
    activityTabOf(*scene->window)->tableView()->selectRow(0);
    return scene->window.get();
}

QWidget *activityError(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    ActivityTab *tab = activityTabOf(*scene->window);
    if (!showActivity(*scene->window)) {
        context.error = QStringLiteral("the activity did not load");
        return nullptr;
    }
    auto *actor = tab->findChild<QComboBox *>(QStringLiteral("activityActorComboBox"));
    actor->setCurrentIndex(actor->findData(QStringLiteral("marketplace:aliyun")));
    if (!waitForLoad(tab->loader()) || !scene->fixture.server().stop()) {
        context.error = QStringLiteral("could not set the scene up");
        return nullptr;
    }
    tab->refresh();
    if (!waitForLoad(tab->loader(), EventLoader::State::Failed))
        context.error = QStringLiteral("the failed load was not shown");
    return scene->window.get();
}
} // namespace

void addActivityScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("main-window-history"), history);
    catalog.add(QStringLiteral("main-window-activity"), activity);
    catalog.add(QStringLiteral("main-window-activity-error"), activityError);
}

} // namespace billing::test
