#pragma once

#include "Branding.h"
#include "Workspace.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace billing {

class ChangeSettlementDialog;
class ClaimDialog;
class WorkspaceSession;

// The main window's commands that ask the user something before they stage: the Change
// settlement and plan import dialogs, re-staging version conflicts, the journal offered
// back after a restart, and the export. Dialogs open window-modal (no nested event loop);
// what they decide goes onto the session's undo stack.
class MainWindowCommands : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QList<Workspace>()>;

    MainWindowCommands(WorkspaceSession &session, const Branding &branding, bool sandbox,
                       QWidget *window, Selection selection);

    void changeSettlement();
    // Workspace → Bind marketplace subscription…; a code (from a claim link) is filled in and
    // looked up. An open claim dialog is raised and given the code instead of a second one.
    // A claim refreshes the subscriptions an open Change settlement dialog offers.
    // `parent`: the window the dialog is modal to (the main window when null).
    void bindSubscription(const QString &code = {}, QWidget *parent = nullptr);
    void unstageSelection();
    void restageConflicts();
    void exportWorkspaces();
    // The account's events of a period, for auditors (from the offline copy when offline).
    // The period pre-filled: the Activity tab's.
    void exportActivity(const QDate &first, const QDate &last);
    // One month's bill (from the month's offline copy when offline or unreachable). The
    // month pre-filled: any day of it (the Costs tab's); invalid for the current month.
    void exportBill(const QDate &month);
    // Asks for a plan file, then importPlanFile().
    void importPlan();
    // Shows what the plan would stage; accepting stages it (one undo step).
    void importPlanFile(const QString &path);
    // Asks Restore / Discard when the last run left staged changes; does nothing otherwise.
    void offerJournal();

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString &text);

private:
    WorkspaceSession &m_session;
    Branding m_branding;
    bool m_sandbox;
    QWidget *m_window;
    Selection m_selection;
    QPointer<ClaimDialog> m_claimDialog;
    QPointer<ChangeSettlementDialog> m_settlementDialog;
};

} // namespace billing
