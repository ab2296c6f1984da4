#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QPushButton;

namespace billing {

// The main window's status bar: the profile, "N workspaces, M shown, K staged", the last
// sync, the outcome of the last action, and while changes are applied a progress bar with
// Cancel. Nothing uses temporary messages: they would hide the counts.
class WorkspaceStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit WorkspaceStatusBar(QWidget *parent = nullptr);

    void setProfile(const QString &name, const QString &username, const QString &server);
    void setCounts(qsizetype total, qsizetype shown, qsizetype staged);
    void showSyncing(int receivedRows);
    void showSynced(const QDateTime &syncedAt);
    void showSyncFailed(const QString &message, const QDateTime &lastSyncAt);

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

private:
    QLabel *m_profile;
    QLabel *m_counts;
    QLabel *m_sync;
    QLabel *m_note;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace billing
