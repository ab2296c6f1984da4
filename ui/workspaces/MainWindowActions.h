#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QUndoStack;

namespace billing {

// Every command of the main window, with its shortcut, and the menus and toolbar that
// show them. The window connects and enables them; this class only creates and places them.
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    MainWindowActions(QMainWindow &window, QUndoStack &undoStack, const QString &brandName,
                      bool sandbox);

    // File
    QAction *exportWorkspaces;
    QAction *exportActivity;
    QAction *exportBill;
    QAction *importPlan;
    QAction *registerAccount;
    QAction *logOut;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *selectAll;
    QAction *find;
    QAction *preferences;
    // Workspace
    QAction *changeSettlement;
    QAction *bindSubscription;
    QAction *unstage;
    QAction *apply;
    QAction *cancelApply;
    QAction *retryFailed;
    QAction *restageConflicts;
    QAction *refresh;
    // View
    QAction *showWorkspaces;
    QAction *showOverview;
    QAction *showNotifications;
    QAction *showActivity;
    QAction *showCosts;
    // Sandbox (nullptr unless the server is a sandbox)
    QAction *sandboxMarkets = nullptr;
    QAction *sandboxMailbox = nullptr;
    // Help
    QAction *about;

private:
    QAction *make(const QString &objectName, const QString &text);
    void buildMenus(QMainWindow &window);
    void buildToolBar(QMainWindow &window);

    QObject *m_owner;
};

} // namespace billing
