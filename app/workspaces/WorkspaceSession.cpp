#include "WorkspaceSession.h"

#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "StagedChanges.h"
#include "WorkspaceCache.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceSync.h"
#include "WorkspaceTableModel.h"
#include "WorkspacesLog.h"

#include <QDir>
#include <QUndoStack>

namespace billing {

WorkspaceSession::WorkspaceSession(BillingClient &client, const ServerProfile &profile,
                                   const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profile)
    , m_dataDirectory(dataDirectory)
    , m_model(std::make_unique<WorkspaceTableModel>())
    , m_proxy(std::make_unique<WorkspaceFilterProxy>())
    , m_staged(std::make_unique<StagedChanges>())
    , m_undoStack(std::make_unique<QUndoStack>())
    , m_journal(std::make_unique<ChangeJournal>(
          QDir(dataDirectory).filePath(QStringLiteral("journal")), profile.url, profile.username))
    , m_sync(std::make_unique<WorkspaceSync>(client))
{
    m_model->setStagedChanges(m_staged.get());
    m_proxy->setSourceModel(m_model.get());

    // Read before the engine exists: nothing may overwrite it until the user has decided.
    m_journalFromLastRun = m_journal->load(&m_journalError);
    if (m_journalFromLastRun && m_journalFromLastRun->isEmpty())
        m_journalFromLastRun.reset();
    if (!m_journalError.isEmpty())
        qCWarning(lcWorkspaces) << "journal unreadable:" << m_journalError;

    m_engine = std::make_unique<BulkApplyEngine>(client, *m_staged, m_journal.get());
    connect(m_engine.get(), &BulkApplyEngine::workspacesApplied, this,
            [this](const QList<Workspace> &workspaces) { m_model->updateWorkspaces(workspaces); });
    connect(m_engine.get(), &BulkApplyEngine::journalError, this, &WorkspaceSession::storageError);

    connect(m_sync.get(), &WorkspaceSync::progress, this, &WorkspaceSession::syncProgress);
    connect(m_sync.get(), &WorkspaceSync::restartedInFull, this,
            &WorkspaceSession::syncRestartedInFull);
    connect(m_sync.get(), &WorkspaceSync::pageReceived, this,
            [this](const QList<Workspace> &page) { m_model->appendWorkspaces(page); });
    connect(m_sync.get(), &WorkspaceSync::finished, this, &WorkspaceSession::onSyncFinished);
}

void WorkspaceSession::onSyncFinished(const ClientError &error)
{
    if (!error.isError()) {
        if (m_sync->mode() == WorkspaceSync::Mode::Full
            && m_model->rowCount() > m_sync->receivedIds().size()) {
            // Rows of the copy the server no longer has (its data was replaced): dropped.
            QList<Workspace> kept;
            for (const Workspace &workspace : m_model->workspaces()) {
                if (m_sync->receivedIds().contains(workspace.id))
                    kept.append(workspace);
            }
            qCInfo(lcWorkspaces) << m_model->rowCount() - kept.size()
                                 << "workspaces of the copy are gone from the server";
            m_model->setWorkspaces(std::move(kept));
        }
        m_syncToken = m_sync->syncToken();
        m_lastSyncAt = QDateTime::currentDateTimeUtc();
        m_offlineCopy = false;
        m_cachedCopy = false;
        m_synced = true;
    }
    Q_EMIT syncFinished(error);
    // After the signal: the table is in sync already, writing the copy can follow.
    if (!error.isError())
        saveCache();
}

WorkspaceSession::~WorkspaceSession()
{
    // The engine saves pending journal edits when destroyed; it must go before the journal.
    m_sync.reset();
    m_engine.reset();
}

void WorkspaceSession::sync()
{
    if (m_sync->isRunning())
        return;
    Q_EMIT syncStarted();
    m_sync->start(m_syncToken);
}

bool WorkspaceSession::isDeltaSync() const
{
    return m_sync->isRunning() && m_sync->mode() == WorkspaceSync::Mode::Delta;
}

bool WorkspaceSession::showCachedCopy()
{
    WorkspaceCache cache(QDir(m_dataDirectory).filePath(QStringLiteral("cache")), m_profile.url,
                         m_profile.username);
    QString error;
    auto contents = cache.load(&error);
    if (!contents) {
        if (!error.isEmpty())
            qCWarning(lcWorkspaces) << "offline copy not shown:" << error;
        return false;
    }
    m_model->setWorkspaces(std::move(contents->workspaces));
    m_lastSyncAt = contents->syncedAt;
    m_syncToken = contents->syncToken;
    m_cachedCopy = true;
    qCInfo(lcWorkspaces) << "showing the offline copy of" << m_model->rowCount()
                         << "workspaces from" << m_lastSyncAt
                         << (m_syncToken.isEmpty() ? "(no sync token)" : "");
    return true;
}

void WorkspaceSession::cancelSync()
{
    m_sync->abort();
}

bool WorkspaceSession::isSyncing() const
{
    return m_sync->isRunning();
}

void WorkspaceSession::restoreJournal()
{
    if (!m_journalFromLastRun)
        return;
    m_engine->restore(*m_journalFromLastRun);
    m_undoStack->clear();
    m_journalFromLastRun.reset();
    m_engine->saveJournal();
}

void WorkspaceSession::discardJournal()
{
    m_journalFromLastRun.reset();
    QString error;
    if (!m_journal->remove(&error))
        Q_EMIT storageError(error);
}

void WorkspaceSession::showOfflineCopy(const QList<Workspace> &workspaces,
                                       const QDateTime &syncedAt)
{
    m_model->setWorkspaces(workspaces);
    m_lastSyncAt = syncedAt;
    m_offlineCopy = true;
}

void WorkspaceSession::saveCache()
{
    WorkspaceCache cache(QDir(m_dataDirectory).filePath(QStringLiteral("cache")), m_profile.url,
                         m_profile.username);
    QString error;
    if (!cache.save(m_model->workspaces(), m_lastSyncAt, m_syncToken, &error)) {
        qCWarning(lcWorkspaces) << "cache not saved:" << error;
        Q_EMIT storageError(error);
    }
}

} // namespace billing
