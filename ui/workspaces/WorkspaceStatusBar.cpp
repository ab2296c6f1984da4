#include "WorkspaceStatusBar.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace billing {
namespace {
QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

WorkspaceStatusBar::WorkspaceStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_profile(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_stopSync(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("workspaceStatusBar"));
    m_profile->setObjectName(QStringLiteral("profileLabel"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_sync->setObjectName(QStringLiteral("syncLabel"));
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, not widening
    m_progress->setObjectName(QStringLiteral("applyProgressBar"));
    m_progress->setAccessibleName(tr("Apply progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancel->setAccessibleName(tr("Cancel applying"));
    m_cancel->setToolTip(tr("Stop after the changes in flight; the rest stay staged"));
    connect(m_cancel, &QPushButton::clicked, this, &WorkspaceStatusBar::cancelApplyRequested);
    m_stopSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_stopSync->setAccessibleName(tr("Stop syncing"));
    m_stopSync->setToolTip(tr("Stop the sync; the table keeps the last synced list"));
    connect(m_stopSync, &QPushButton::clicked, this, &WorkspaceStatusBar::cancelSyncRequested);

    for (QLabel *label : {m_profile, m_counts, m_sync, m_note})
        label->setContentsMargins(6, 0, 12, 0);
    addWidget(m_profile);
    addWidget(m_counts);
    addWidget(m_note, 1);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_sync);
    addPermanentWidget(m_stopSync);
    m_progress->hide();
    m_cancel->hide();
    m_stopSync->hide();
    m_sync->setText(tr("Not synced yet"));
}

void WorkspaceStatusBar::setProfile(const QString &name, const QString &username,
                                    const QString &server)
{
    m_profile->setText(name.isEmpty() ? tr("%1 on %2").arg(username, server)
                                      : tr("%1 (%2 on %3)").arg(name, username, server));
}

void WorkspaceStatusBar::setCounts(qsizetype total, qsizetype shown, qsizetype staged)
{
    m_counts->setText(
        tr("%1 workspaces, %2 shown, %3 staged")
            .arg(QLocale().toString(total), QLocale().toString(shown), QLocale().toString(staged)));
}

void WorkspaceStatusBar::showCachedCopy(const QDateTime &syncedAt)
{
    m_copyFrom = syncedAt;
    m_sync->setText(tr("From %1, syncing…").arg(localTime(syncedAt)));
    m_sync->setToolTip(tr("The table shows the offline copy saved at %1 until the Billing "
                          "Center has sent what changed since.")
                           .arg(localTime(syncedAt)));
}

void WorkspaceStatusBar::showSyncing(int receivedRows)
{
    m_syncReceived = receivedRows;
    m_stopSync->setEnabled(true);
    m_stopSync->show();
    const QString received = QLocale().toString(receivedRows);
    if (m_copyFrom.isValid())
        m_sync->setText(receivedRows > 0 ? tr("From %1, syncing… %2 workspaces received")
                                               .arg(localTime(m_copyFrom), received)
                                         : tr("From %1, syncing…").arg(localTime(m_copyFrom)));
    else
        m_sync->setText(receivedRows > 0 ? tr("Syncing… %1 workspaces received").arg(received)
                                         : tr("Syncing…"));
}

void WorkspaceStatusBar::showSynced(const QDateTime &syncedAt)
{
    m_copyFrom = {};
    m_stopSync->hide();
    m_sync->setText(tr("Last sync: %1").arg(localTime(syncedAt)));
    m_sync->setToolTip({});
}

void WorkspaceStatusBar::showSyncFailed(const QString &message, const QDateTime &lastSyncAt)
{
    m_stopSync->hide();
    m_sync->setText(lastSyncAt.isValid()
                        ? tr("Sync failed; last sync: %1").arg(localTime(lastSyncAt))
                        : tr("Sync failed"));
    m_sync->setToolTip(message);
}

void WorkspaceStatusBar::showSyncCancelled(const QDateTime &lastSyncAt)
{
    m_stopSync->hide();
    m_sync->setText(lastSyncAt.isValid()
                        ? tr("Sync stopped; last sync: %1").arg(localTime(lastSyncAt))
                        : tr("Sync stopped"));
    m_sync->setToolTip({});
}

bool WorkspaceStatusBar::isSyncStopVisible() const
{
    return m_stopSync->isVisible();
}

void WorkspaceStatusBar::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setToolTip(text);
}

QString WorkspaceStatusBar::noteText() const
{
    return m_note->text();
}

void WorkspaceStatusBar::showApplyStarted(int totalRows)
{
    m_progress->setRange(0, std::max(totalRows, 1));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void WorkspaceStatusBar::showApplyProgress(int doneRows, int totalRows)
{
    m_progress->setRange(0, std::max(totalRows, 1));
    m_progress->setValue(doneRows);
}

void WorkspaceStatusBar::showApplyFinished()
{
    m_progress->hide();
    m_cancel->hide();
}

bool WorkspaceStatusBar::isApplyVisible() const
{
    return m_progress->isVisible();
}

QString WorkspaceStatusBar::countsText() const
{
    return m_counts->text();
}

QString WorkspaceStatusBar::syncText() const
{
    return m_sync->text();
}

} // namespace billing
