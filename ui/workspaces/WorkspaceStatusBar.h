#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QPushButton;

namespace billing {

// The main window's status bar: the profile, "N workspaces, M shown, K staged", the last
// sync (with Stop while a sync runs), the outcome of the last action, and while changes are
// applied a progress bar with Cancel. Nothing uses temporary messages: they would hide the
// counts.
class WorkspaceStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit WorkspaceStatusBar(QWidget *parent = nullptr);

    void setProfile(const QString &name, const QString &username, const QString &server);
    void setCounts(qsizetype total, qsizetype shown, qsizetype staged);
    // The table shows the offline copy of `syncedAt` until the next sync succeeds: the
    // sync label says so ("From <time>, syncing…").
    void showCachedCopy(const QDateTime &syncedAt);
    // A sync is running: the rows received so far and a Stop button.
    void showSyncing(int receivedRows);
    void showSynced(const QDateTime &syncedAt);
    void showSyncFailed(const QString &message, const QDateTime &lastSyncAt);
    // The user stopped the sync: the table still shows the list of `lastSyncAt`.
    void showSyncCancelled(const QDateTime &lastSyncAt);
    // The rows the running (or the last) sync received.
    int syncReceivedRows() const { return m_syncReceived; }
    bool isSyncStopVisible() const;

    // The outcome of the last action (apply, staging, a failed sync), until the next one.
    void showNote(const QString &text);
    QString noteText() const;

    void showApplyStarted(int totalRows);
    void showApplyProgress(int doneRows, int totalRows);
    void showApplyFinished();
    bool isApplyVisible() const;

    QString countsText() const;
    QString syncText() const;

Q_SIGNALS:
    void cancelApplyRequested();
    void cancelSyncRequested();

private:
    QLabel *m_profile;
    QLabel *m_counts;
    QLabel *m_sync;
    QLabel *m_note;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_stopSync;
    QDateTime m_copyFrom; // the offline copy's time while the table shows it
    int m_syncReceived = 0;
};

} // namespace billing
