#include "MainWindowActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace billing {

MainWindowActions::MainWindowActions(QMainWindow &window, QUndoStack &undoStack,
                                     const QString &brandName, bool sandbox)
    : QObject(&window)
    , m_owner(&window)
{
    QStyle *style = window.style();
    exportWorkspaces = make(QStringLiteral("exportAction"), tr("&Export…"));
    exportWorkspaces->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    exportActivity = make(QStringLiteral("exportActivityAction"), tr("Export &activity…"));
    exportBill = make(QStringLiteral("exportBillAction"), tr("Export &bill…"));
    importPlan = make(QStringLiteral("importPlanAction"), tr("&Import plan…"));
    importPlan->setShortcut(QKeySequence::Open);
    registerAccount = make(QStringLiteral("registerAction"), tr("&Register a new account…"));
    registerAccount->setToolTip(sandbox ? tr("Register a test account on the sandbox")
                                        : tr("Register a new account"));
    logOut = make(QStringLiteral("logOutAction"), tr("&Log out"));
    quit = make(QStringLiteral("quitAction"), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack.createUndoAction(m_owner, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    redo = undoStack.createRedoAction(m_owner, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    selectAll = make(QStringLiteral("selectAllAction"), tr("Select &all"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    find = make(QStringLiteral("findAction"), tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    preferences = make(QStringLiteral("preferencesAction"), tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    changeSettlement = make(QStringLiteral("changeSettlementAction"), tr("&Change settlement…"));
    changeSettlement->setShortcut(Qt::CTRL | Qt::Key_E);
    changeSettlement->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    bindSubscription =
        make(QStringLiteral("bindSubscriptionAction"), tr("&Bind marketplace subscription…"));
    bindSubscription->setToolTip(tr("Claim an AWS or Azure Marketplace subscription with the "
                                    "code its page showed"));
    unstage = make(QStringLiteral("unstageAction"), tr("U&nstage"));
    unstage->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    unstage->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
    apply = make(QStringLiteral("applyAction"), tr("&Apply staged changes"));
    apply->setShortcut(Qt::CTRL | Qt::Key_Return);
    apply->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    cancelApply = make(QStringLiteral("cancelApplyAction"), tr("Cancel appl&y"));
    cancelApply->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    retryFailed = make(QStringLiteral("retryFailedAction"), tr("Re&try failed"));
    retryFailed->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    restageConflicts = make(QStringLiteral("restageConflictsAction"), tr("Re-stage &conflicts…"));
    refresh = make(QStringLiteral("refreshAction"), tr("&Refresh"));
    refresh->setShortcut(Qt::Key_F5);
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));

    showWorkspaces = make(QStringLiteral("showWorkspacesAction"), tr("&Workspaces"));
    showWorkspaces->setShortcut(Qt::CTRL | Qt::Key_1);
    showOverview = make(QStringLiteral("showOverviewAction"), tr("&Overview"));
    showOverview->setShortcut(Qt::CTRL | Qt::Key_2);
    showNotifications = make(QStringLiteral("showNotificationsAction"), tr("&Notifications"));
    showNotifications->setShortcut(Qt::CTRL | Qt::Key_3);
    showActivity = make(QStringLiteral("showActivityAction"), tr("&Activity"));
    showActivity->setShortcut(Qt::CTRL | Qt::Key_4);
    showCosts = make(QStringLiteral("showCostsAction"), tr("&Costs"));
    showCosts->setShortcut(Qt::CTRL | Qt::Key_5);

    if (sandbox) {
        sandboxMarkets = make(QStringLiteral("sandboxMarketsAction"), tr("Sandbox &markets…"));
        sandboxMailbox = make(QStringLiteral("sandboxMailboxAction"), tr("Sandbox m&ailbox…"));
    }
    about = make(QStringLiteral("aboutAction"), tr("&About %1").arg(brandName));
    about->setMenuRole(QAction::AboutRole);

    buildMenus(window);
    buildToolBar(window);
}

QAction *MainWindowActions::make(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, m_owner);
    action->setObjectName(objectName);
    return action;
}

void MainWindowActions::buildMenus(QMainWindow &window)
{
    QMenuBar *bar = window.menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({exportWorkspaces, exportActivity, exportBill, importPlan});
    file->addSeparator();
    file->addActions({registerAccount, logOut});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({selectAll, find});
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *workspace = bar->addMenu(tr("&Workspace"));
    workspace->setObjectName(QStringLiteral("workspaceMenu"));
    workspace->addActions({changeSettlement, unstage});
    workspace->addAction(bindSubscription);
    workspace->addSeparator();
    workspace->addActions({apply, cancelApply, retryFailed, restageConflicts});
    workspace->addSeparator();
    workspace->addAction(refresh);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({showWorkspaces, showOverview, showNotifications, showActivity, showCosts});

    if (sandboxMarkets) {
        QMenu *sandbox = bar->addMenu(tr("&Sandbox"));
        sandbox->setObjectName(QStringLiteral("sandboxMenu"));
        sandbox->addActions({sandboxMarkets, sandboxMailbox});
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
}

void MainWindowActions::buildToolBar(QMainWindow &window)
{
    QToolBar *toolBar = window.addToolBar(tr("Workspace"));
    toolBar->setObjectName(QStringLiteral("workspaceToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({changeSettlement, unstage});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({apply, retryFailed});
    toolBar->addSeparator();
    toolBar->addAction(refresh);
}

} // namespace billing
