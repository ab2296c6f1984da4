#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace billing {

class ActivityFilterBar;
class BillingClient;
class EventLoader;
class FieldErrorLabel;

// The "Activity" tab: the account's audit log (every settlement and status change of every
// workspace, newest first) with its filters and the number of events listed. Each event
// leads to its workspace. A failed load is said in the tab; the filters stay as they are.
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    // `signedInUser` is offered as a "Who" choice before any event names a user.
    ActivityTab(BillingClient &client, const QString &signedInUser, QWidget *parent = nullptr);
    ~ActivityTab() override;

    ActivityFilterBar *filterBar() const { return m_filters; }
    QTableView *tableView() const { return m_table; }
    EventLoader &loader() const { return *m_loader; }

public Q_SLOTS:
    // Loads the log now with the filters shown.
    void refresh();
    // Something may have added events: loads again now if the tab has been loaded and is
    // shown, or when it is shown next.
    void markStale();

Q_SIGNALS:
    // The user asked to see this event's workspace.
    void workspaceActivated(const QString &workspaceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(bool now);
    void showState();
    void activateCurrent();

    EventLoader *m_loader;
    QString m_signedInUser;
    ActivityFilterBar *m_filters;
    FieldErrorLabel *m_error;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_showWorkspace;
    bool m_loadedOnce = false;
    bool m_stale = false;
};

} // namespace billing
