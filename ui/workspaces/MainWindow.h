#pragma once

#include "Branding.h"
#include "BulkApplyEngine.h"
#include "Workspace.h"

#include <QMainWindow>
#include <QStringList>

class QTabWidget;
class QTableView;

namespace billing {

class ActivityTab;
class CostsController;
class CostsTab;
class DayLines;
class WalletBanner;
class WalletMonitor;
class WorkspaceCostView;
class FilterBar;
class MainWindowActions;
class MainWindowCommands;
class NotificationsView;
class OverviewTab;
class SandboxWindows;
class StagedRowDelegate;
class WorkspaceDetailsPane;
class WorkspaceHistory;
class WorkspaceSession;
class WorkspaceStatusBar;

// The window of one signed-in profile: the workspace table with its filter bar and details
// pane (with the workspace's history), the overview, the notifications and the activity
// (audit log), the costs and the wallet banner, the staging/apply commands and the status bar.
// What to stage and how to apply is decided in WorkspaceSession and the bulk classes; the
// window asks the user and forwards.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { WorkspacesTab, OverviewTabIndex, NotificationsTab, ActivityTabIndex, CostsTabIndex };

    MainWindow(WorkspaceSession &session, const Branding &branding, bool sandbox,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession &session() const { return m_session; }
    MainWindowActions &actions() const { return *m_actions; }
    MainWindowCommands &commands() const { return *m_commands; }
    QTableView *tableView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    WorkspaceStatusBar *workspaceStatusBar() const { return m_statusBar; }
    QTabWidget *tabs() const { return m_tabs; }
    CostsTab *costsTab() const { return m_costsTab; }
    CostsController &costs() const { return *m_costs; }
    WalletMonitor &wallet() const { return *m_wallet; }
    WalletBanner *walletBanner() const { return m_walletBanner; }
    SandboxWindows *sandboxWindows() const { return m_sandboxWindows; } // nullptr: no sandbox

    // The workspaces of the selected rows, in table order.
    QList<Workspace> selectedWorkspaces() const;
    // Selects the rows of these workspaces (those shown by the filter).
    void selectWorkspaces(const QStringList &workspaceIds);
    // Clears the filter, selects this workspace and shows it in the Workspaces tab.
    void showWorkspace(const QString &workspaceId);

Q_SIGNALS:
    void logoutRequested();
    void preferencesRequested();
    void registerRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createWorkspacesTab();
    void connectActions();
    void connectSession();
    // syncStarting: a sync is about to start, though the session does not say so yet.
    void updateActions(bool syncStarting = false);
    void updateCounts();
    void updateDetails();

    void applyStaged();
    void retryFailed();
    void showAbout();
    void onApplyFinished(const BulkApplyEngine::Summary &summary);
    void showApplyError(const QString &text);
    void onSyncFinished(const ClientError &error);

    WorkspaceSession &m_session;
    Branding m_branding;
    MainWindowActions *m_actions;
    QTabWidget *m_tabs;
    FilterBar *m_filterBar;
    QTableView *m_table = nullptr;
    StagedRowDelegate *m_delegate;
    WorkspaceDetailsPane *m_details;
    OverviewTab *m_overview;
    NotificationsView *m_notifications;
    WorkspaceHistory *m_history;
    ActivityTab *m_activity;
    CostsController *m_costs;
    DayLines *m_dayLines;
    WalletMonitor *m_wallet;
    CostsTab *m_costsTab;
    WalletBanner *m_walletBanner;
    WorkspaceCostView *m_workspaceCost;
    WorkspaceStatusBar *m_statusBar;
    MainWindowCommands *m_commands;
    SandboxWindows *m_sandboxWindows = nullptr;
    bool m_journalOffered = false;
};

} // namespace billing
