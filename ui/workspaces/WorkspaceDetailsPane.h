#pragma once

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace billing {

struct StagedChange;
struct Workspace;

// Everything about the selected workspace, and its staged change if any: old → new, state,
// the server's reason for a rejection and its current value after a version conflict; under
// it, the workspace's settlement history when a history view is given.
// Every value is selectable so that ids can be copied.
class WorkspaceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceDetailsPane(QWidget *parent = nullptr);

    void showWorkspace(const Workspace &workspace, const StagedChange *staged,
                       const QDateTime &now);
    void showSelectionSummary(int selectedCount, int stagedCount);
    void clear();
    // Shows `view` (the workspace's history) under the details of one workspace.
    void setHistoryView(QWidget *view);
    // Shows `view` (the workspace's cost this month) under the details of one workspace.
    void setCostView(QWidget *view);

private:
    QLabel *addValue(QFormLayout *form, const QString &objectName, const QString &label);
    void showStaged(const Workspace &workspace, const StagedChange *staged);
    void fitDetails();

    QStackedWidget *m_pages;
    QSplitter *m_workspacePage;
    QScrollArea *m_detailsScroll;
    QVBoxLayout *m_detailsLayout = nullptr;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_name, *m_id, *m_site, *m_language, *m_method, *m_accountId, *m_instanceId, *m_status,
        *m_since, *m_nextChange, *m_version;
    QWidget *m_stagedBox;
    QLabel *m_stagedChange, *m_stagedState, *m_stagedReason, *m_serverValue;
    QLabel *m_stagedReasonLabel, *m_serverValueLabel;
};

} // namespace billing
