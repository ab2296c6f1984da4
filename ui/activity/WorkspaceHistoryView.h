#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace billing {

class FieldErrorLabel;
class WorkspaceHistory;

// The selected workspace's settlement history in the details pane, newest first: each
// event as when · who, from → to, and the reason, one under the other so that it fits the
// narrow pane; and whether it is loading, failed or empty.
class WorkspaceHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceHistoryView(WorkspaceHistory &history, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }

private:
    void showState();

    WorkspaceHistory &m_history;
    QToolButton *m_reload;
    QLabel *m_status;
    FieldErrorLabel *m_error;
    QListView *m_list;
};

} // namespace billing
