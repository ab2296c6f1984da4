#include "MainWindow.h"

#include "ActivityFilterBar.h"
#include "ActivityTab.h"
#include "BillMonth.h"
#include "BillingCatalogue.h"
#include "CostsController.h"
#include "CostsTab.h"
#include "DayLines.h"
#include "FilterBar.h"
#include "MainWindowActionRules.h"
#include "MainWindowActions.h"
#include "MainWindowCommands.h"
#include "NotificationsView.h"
#include "OverviewTab.h"
#include "SandboxWindows.h"
#include "StagedRowDelegate.h"
#include "WalletBanner.h"
#include "WalletMonitor.h"
#include "WorkspaceCostView.h"
#include "WorkspaceDetailsPane.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceHistory.h"
#include "WorkspaceHistoryView.h"
#include "WorkspaceSession.h"
#include "WorkspaceStatusBar.h"
#include "WorkspaceTableModel.h"
#include "WorkspaceTableView.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace billing {

MainWindow::MainWindow(WorkspaceSession &session, const Branding &branding, bool sandbox,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_branding(branding)
    , m_actions(new MainWindowActions(*this, session.undoStack(), branding.brandName, sandbox))
    , m_tabs(new QTabWidget(this))
    , m_filterBar(new FilterBar(session.proxy(), this))
    , m_delegate(new StagedRowDelegate(session.staged(), this))
    , m_details(new WorkspaceDetailsPane(this))
    , m_overview(new OverviewTab(session.model(), this))
    , m_notifications(new NotificationsView(session.client(), sandbox, this))
    , m_history(new WorkspaceHistory(session.client(), this))
    , m_activity(new ActivityTab(session.client(), session.profile().username, this))
    , m_costs(new CostsController(session.client(), BillingCatalogue::builtIn(), this))
    , m_dayLines(new DayLines(session.client(), this))
    , m_wallet(new WalletMonitor(session.client(), this))
    , m_costsTab(new CostsTab(*m_costs, *m_dayLines, *m_wallet, this))
    , m_walletBanner(new WalletBanner(*m_wallet, this))
    , m_workspaceCost(new WorkspaceCostView(*m_costs, this))
    , m_statusBar(new WorkspaceStatusBar(this))
    , m_commands(new MainWindowCommands(session, branding, sandbox, this,
                                        [this] { return selectedWorkspaces(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    const ServerProfile &profile = session.profile();
    const QString who = profile.name.isEmpty() ? profile.username : profile.name;
    setWindowTitle(sandbox ? tr("%1 – %2 (sandbox)").arg(branding.brandName, who)
                           : tr("%1 – %2").arg(branding.brandName, who));

    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createWorkspacesTab(), tr("Workspaces"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_notifications, tr("Notifications"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(m_costsTab, tr("Costs"));
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("mainCentralWidget"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_walletBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_wallet->refresh();

    setStatusBar(m_statusBar);
    m_statusBar->setProfile(profile.name, profile.username, profile.url.host());
    if (session.isReadingCachedCopy()) // read while the widgets above were being built
        session.showCachedCopy();
    if (session.isShowingCachedCopy())
        m_statusBar->showCachedCopy(session.lastSyncAt());
    else if (session.lastSyncAt().isValid())
        m_statusBar->showSynced(session.lastSyncAt());
    if (session.isOfflineCopy())
        m_statusBar->showNote(tr("Offline copy: the Billing Center could not be reached. Nothing "
                                 "can be applied until you log in again."));
    if (!session.journalError().isEmpty())
        m_statusBar->showNote(tr("The staged changes of the last session cannot be read: %1")
                                  .arg(session.journalError()));
    connect(m_commands, &MainWindowCommands::message, m_statusBar,
            [this](const QString &text) { m_statusBar->showNote(text); });
    connect(m_statusBar, &WorkspaceStatusBar::cancelApplyRequested, &session.engine(),
            &BulkApplyEngine::cancel);
    connect(m_statusBar, &WorkspaceStatusBar::cancelSyncRequested, &session,
            &WorkspaceSession::cancelSync);

    if (sandbox) {
        m_sandboxWindows = new SandboxWindows(session.client(), this, m_actions->sandboxMarkets,
                                              m_actions->sandboxMailbox);
        connect(m_sandboxWindows, &SandboxWindows::bindRequested, m_commands,
                [this](const QString &code) { m_commands->bindSubscription(code); });
    }
    connectActions();
    connectSession();
    updateCounts();
    updateActions();
    updateDetails();
    resize(1200, 720);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createWorkspacesTab()
{
    m_table = new WorkspaceTableView(m_session.proxy(), m_delegate, this);
    m_table->addActions({m_actions->changeSettlement, m_actions->unstage});

    m_details->setObjectName(QStringLiteral("workspaceDetailsPane"));
    m_details->setHistoryView(new WorkspaceHistoryView(*m_history, m_details));
    m_details->setCostView(m_workspaceCost);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("workspacesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 320});

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("workspacesPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    return page;
}

void MainWindow::connectActions()
{
    MainWindowActions &a = *m_actions;
    connect(a.exportWorkspaces, &QAction::triggered, m_commands,
            &MainWindowCommands::exportWorkspaces);
    connect(a.exportActivity, &QAction::triggered, this, [this] {
        const ActivityQuery shown = m_activity->filterBar()->query();
        m_commands->exportActivity(shown.from, shown.to);
    });
    // The bill of the month the Costs tab shows (the current month before it loaded one).
    connect(a.exportBill, &QAction::triggered, this,
            [this] { m_commands->exportBill(parseBillMonth(m_costs->month())); });
    connect(a.importPlan, &QAction::triggered, m_commands, &MainWindowCommands::importPlan);
    connect(a.registerAccount, &QAction::triggered, this, &MainWindow::registerRequested);
    connect(a.logOut, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(a.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a.selectAll, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(WorkspacesTab);
        m_table->selectAll();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(WorkspacesTab);
        m_filterBar->focusText();
    });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(a.changeSettlement, &QAction::triggered, m_commands,
            &MainWindowCommands::changeSettlement);
    connect(a.unstage, &QAction::triggered, m_commands, &MainWindowCommands::unstageSelection);
    connect(a.bindSubscription, &QAction::triggered, m_commands,
            [this] { m_commands->bindSubscription(); });
    connect(a.apply, &QAction::triggered, this, &MainWindow::applyStaged);
    connect(a.cancelApply, &QAction::triggered, &m_session.engine(), &BulkApplyEngine::cancel);
    connect(a.retryFailed, &QAction::triggered, this, &MainWindow::retryFailed);
    connect(a.restageConflicts, &QAction::triggered, m_commands,
            &MainWindowCommands::restageConflicts);
    connect(a.refresh, &QAction::triggered, &m_session, &WorkspaceSession::sync);
    connect(a.showWorkspaces, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(WorkspacesTab); });
    connect(a.showOverview, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(OverviewTabIndex); });
    connect(a.showNotifications, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(NotificationsTab); });
    connect(a.showActivity, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(ActivityTabIndex); });
    connect(a.showCosts, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(CostsTabIndex); });
    connect(m_walletBanner, &WalletBanner::showCostsRequested, this,
            [this] { m_tabs->setCurrentIndex(CostsTabIndex); });
    connect(m_costsTab, &CostsTab::workspaceActivated, this, &MainWindow::showWorkspace);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_overview, &OverviewTab::filterRequested, this,
            [this](const QString &siteCode, SettlementMethod method) {
                m_filterBar->showSiteAndMethod(siteCode, method);
                m_tabs->setCurrentIndex(WorkspacesTab);
            });
    connect(m_overview, &OverviewTab::workspaceActivated, this, &MainWindow::showWorkspace);
    connect(m_activity, &ActivityTab::workspaceActivated, this, &MainWindow::showWorkspace);
    connect(m_notifications, &NotificationsView::countChanged, this, [this](int total) {
        m_tabs->setTabText(NotificationsTab,
                           total > 0 ? tr("Notifications (%1)").arg(total) : tr("Notifications"));
    });
}

void MainWindow::connectSession()
{
    WorkspaceSession &s = m_session;
    connect(&s.proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(&s.proxy(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(&s.proxy(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(&s.staged(), &StagedChanges::changed, this, [this] {
        updateCounts();
        updateActions();
        updateDetails();
    });
    connect(&s.staged(), &StagedChanges::reset, this, [this] {
        updateCounts();
        updateActions();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    connect(&s, &WorkspaceSession::syncStarted, this, [this] {
        m_statusBar->showSyncing(0);
        // Emitted just before the download starts: isSyncing() is not true yet.
        updateActions(true);
    });
    connect(&s, &WorkspaceSession::syncProgress, m_statusBar, &WorkspaceStatusBar::showSyncing);
    connect(&s, &WorkspaceSession::syncRestartedInFull, this, [this] {
        m_statusBar->showNote(tr("The offline copy is too old to be brought up to date; every "
                                 "workspace is loaded again."));
    });
    connect(&s, &WorkspaceSession::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&s, &WorkspaceSession::storageError, this,
            [this](const QString &message) { m_statusBar->showNote(message); });

    BulkApplyEngine &engine = s.engine();
    connect(&engine, &BulkApplyEngine::started, this, [this](int total) {
        m_statusBar->showApplyStarted(total);
        updateActions();
    });
    connect(&engine, &BulkApplyEngine::progress, m_statusBar,
            &WorkspaceStatusBar::showApplyProgress);
    connect(&engine, &BulkApplyEngine::finished, this, &MainWindow::onApplyFinished);
}

QList<Workspace> MainWindow::selectedWorkspaces() const
{
    QList<int> proxyRows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<Workspace> workspaces;
    workspaces.reserve(proxyRows.size());
    const WorkspaceFilterProxy &proxy = m_session.proxy();
    for (int row : std::as_const(proxyRows))
        workspaces.append(m_session.model().workspace(proxy.sourceRow(row)));
    return workspaces;
}

void MainWindow::selectWorkspaces(const QStringList &workspaceIds)
{
    QItemSelection selection;
    const WorkspaceTableModel &model = m_session.model();
    for (const QString &id : workspaceIds) {
        const int sourceRow = model.rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_session.proxy().mapFromSource(model.index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

void MainWindow::showWorkspace(const QString &workspaceId)
{
    m_filterBar->clear();
    selectWorkspaces({workspaceId});
    m_tabs->setCurrentIndex(WorkspacesTab);
    if (m_session.model().rowOf(workspaceId) < 0) {
        m_statusBar->showNote(tr("Workspace %1 is not in the table: it may have been created "
                                 "after the last refresh.")
                                  .arg(workspaceId));
        return;
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateActions(bool syncStarting)
{
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    bool selectionStaged = false;
    if (hasSelection && !m_session.staged().isEmpty()) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            if (index.data(WorkspaceTableModel::StagedStateRole).toInt() >= 0) {
                selectionStaged = true;
                break;
            }
        }
    }
    MainWindowActionRules::State state =
        MainWindowActionRules::stateOf(m_session.staged(), m_session.engine());
    state.hasSelection = hasSelection;
    state.selectionStaged = selectionStaged;
    state.syncing = syncStarting || m_session.isSyncing();
    const MainWindowActionRules::Enabled enabled = MainWindowActionRules::enabled(state);

    MainWindowActions &a = *m_actions;
    a.changeSettlement->setEnabled(enabled.changeSettlement);
    a.unstage->setEnabled(enabled.unstage);
    a.apply->setEnabled(enabled.apply);
    a.cancelApply->setEnabled(enabled.cancelApply);
    a.retryFailed->setEnabled(enabled.retryFailed);
    a.restageConflicts->setEnabled(enabled.restageConflicts);
    a.importPlan->setEnabled(enabled.importPlan);
    a.refresh->setEnabled(enabled.refresh);
    m_session.undoStack().setActive(true);
}

void MainWindow::updateCounts()
{
    m_statusBar->setCounts(m_session.model().rowCount(), m_session.proxy().rowCount(),
                           m_session.staged().size()
                               - m_session.staged().count(StagedState::Applied));
}

void MainWindow::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        m_history->clear();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const StagedChanges &staged = m_session.staged();
    if (rows.size() == 1) {
        const Workspace &ws =
            m_session.model().workspace(m_session.proxy().sourceRow(rows.first().row()));
        m_details->showWorkspace(ws, staged.find(ws.id), m_session.model().now());
        m_history->select(ws.id);
        m_workspaceCost->select(ws.id);
        return;
    }
    int stagedCount = 0;
    for (const QModelIndex &index : rows) {
        if (index.data(WorkspaceTableModel::StagedStateRole).toInt() >= 0)
            ++stagedCount;
    }
    m_details->showSelectionSummary(int(rows.size()), stagedCount);
}

void MainWindow::applyStaged()
{
    if (m_session.engine().isRunning())
        return;
    m_session.engine().apply();
}

void MainWindow::retryFailed()
{
    if (m_session.engine().isRunning())
        return;
    m_session.engine().retryFailed();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_journalOffered) {
        m_journalOffered = true;
        QTimer::singleShot(0, m_commands, &MainWindowCommands::offerJournal);
        // Also over the offline copy shown at start: the sync then fetches what changed since.
        if (!m_session.hasSynced() && !m_session.isOfflineCopy())
            m_session.sync();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(m_branding.brandName),
                       tr("%1 desktop client, version %2.")
                           .arg(m_branding.brandName, QApplication::applicationVersion()));
}

void MainWindow::onApplyFinished(const BulkApplyEngine::Summary &summary)
{
    m_statusBar->showApplyFinished();
    QStringList parts{tr("%n applied", nullptr, summary.applied)};
    if (summary.rejected > 0)
        parts.append(
            tr("%n rejected (the Staged change column says why)", nullptr, summary.rejected));
    if (summary.remaining > 0)
        parts.append(tr("%n not sent", nullptr, summary.remaining));
    const QString joined = parts.join(tr(", "));
    QString text = summary.cancelled ? tr("Apply cancelled: %1").arg(joined)
                                     : tr("Apply finished: %1").arg(joined);
    if (summary.error.isError())
        text = tr("%1. %2").arg(text, summary.error.userMessage());
    m_statusBar->showNote(text);
    if (summary.error.isError() && summary.error.kind != ClientError::Kind::Cancelled)
        showApplyError(text);
    if (summary.applied > 0) {
        // The staged set changed under the undo history; undoing across an apply would
        // stage old values again.
        m_session.undoStack().clear();
        m_notifications->refresh();
        m_history->refresh();
        m_activity->markStale();
        m_wallet->refresh();
    }
    updateActions();
    updateCounts();
    updateDetails();
}

// The apply stopped on an error the rows do not explain (server down, session lost): the
// status bar note is too narrow for it, and the user is waiting for the outcome.
void MainWindow::showApplyError(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Apply stopped"),
                                tr("Not every staged change could be applied. The others stay "
                                   "staged: apply again when the problem is solved."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("applyErrorMessageBox"));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onSyncFinished(const ClientError &error)
{
    if (error.kind == ClientError::Kind::Cancelled) {
        m_statusBar->showSyncCancelled(m_session.lastSyncAt());
        m_statusBar->showNote(
            m_session.lastSyncAt().isValid()
                ? tr("Sync stopped after %Ln workspace(s) received: they are up to date in the "
                     "table, the others as of the last sync.",
                     nullptr, m_statusBar->syncReceivedRows())
                : tr("Sync stopped after %Ln workspace(s) received: the table shows only those.",
                     nullptr, m_statusBar->syncReceivedRows()));
    } else if (error.isError()) {
        m_statusBar->showSyncFailed(error.userMessage(), m_session.lastSyncAt());
        m_statusBar->showNote(error.userMessage());
    } else {
        m_statusBar->showSynced(m_session.lastSyncAt());
        m_notifications->refresh();
        m_history->refresh();
        m_activity->markStale();
        m_wallet->refresh();
    }
    updateActions();
    updateCounts();
    updateDetails();
}

} // namespace billing
