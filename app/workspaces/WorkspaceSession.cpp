#include "WorkspaceSession.h"

#include "BackgroundFileWrite.h"
#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "StagedChanges.h"
#include "WorkspaceCache.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceSync.h"
#include "WorkspaceTableModel.h"
#include "WorkspacesLog.h"

#include <QDir>
#include <QThreadPool>
#include <QUndoStack>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace billing {
namespace {
// Loading 100 000 workspaces page by page frees a lot on the way (pages parsed, the table's
// columns grown in steps, the copy's 35 MB of text); glibc keeps most of it resident in its
// free lists. After the sync and its copy, hand it back to the system.
void returnFreedHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
} // namespace

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
    , m_cacheWriter(std::make_unique<QThreadPool>())
{
    m_cacheWriter->setMaxThreadCount(1);
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
    const bool copyCurrent = !error.isError() && copyOnDiskIsCurrent();
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
    // After the signal: the table is in sync already, writing the copy can follow. Not
    // the 35 MB of 100 000 workspaces again when nothing changed.
    if (copyCurrent)
        qCInfo(lcWorkspaces) << "nothing changed; the offline copy from" << m_copySavedAt
                             << "stays";
    else if (!error.isError())
        saveCache();
}

bool WorkspaceSession::copyOnDiskIsCurrent() const
{
    return m_sync->mode() == WorkspaceSync::Mode::Delta && m_sync->receivedRows() == 0
           && m_copySavedAt.isValid()
           && m_copySavedAt.secsTo(QDateTime::currentDateTimeUtc()) < kCopyRefreshSeconds;
}

WorkspaceSession::~WorkspaceSession()
{
    // The engine saves pending journal edits when destroyed; it must go before the journal.
    m_sync.reset();
    m_engine.reset();
    if (m_cachedCopyRead.valid())
        m_cachedCopyRead.wait();
    // A copy still being written is finished: the next start shows it.
    m_cacheWriter->waitForDone();
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

struct WorkspaceSession::CachedCopyRead {
    std::optional<WorkspaceCache::Contents> contents;
    QString error;
};

void WorkspaceSession::beginReadingCachedCopy()
{
    if (m_cachedCopyRead.valid())
        return;
    const WorkspaceCache cache(QDir(m_dataDirectory).filePath(QStringLiteral("cache")),
                               m_profile.url, m_profile.username);
    m_cachedCopyRead = std::async(std::launch::async, [cache] {
        auto read = std::make_shared<CachedCopyRead>();
        read->contents = cache.load(&read->error);
        return read;
    });
}

bool WorkspaceSession::showCachedCopy()
{
    beginReadingCachedCopy();
    const std::shared_ptr<CachedCopyRead> read = m_cachedCopyRead.get();
    auto &contents = read->contents;
    const QString &error = read->error;
    if (!contents) {
        if (!error.isEmpty())
            qCWarning(lcWorkspaces) << "offline copy not shown:" << error;
        return false;
    }
    m_model->setWorkspaces(std::move(contents->workspaces));
    m_lastSyncAt = contents->syncedAt;
    m_copySavedAt = contents->syncedAt;
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

// Off the GUI thread: 100 000 workspaces are ~40 MB of JSON to build and write. The worker
// holds implicitly shared copies; the table detaches from them when it changes next.
void WorkspaceSession::saveCache()
{
    const WorkspaceCache cache(QDir(m_dataDirectory).filePath(QStringLiteral("cache")),
                               m_profile.url, m_profile.username);
    auto *write = new BackgroundFileWrite(
        *m_cacheWriter,
        [cache, workspaces = m_model->workspaces(), syncedAt = m_lastSyncAt,
         token = m_syncToken](QString *error, const std::atomic_bool *) {
            return cache.save(workspaces, syncedAt, token, error);
        },
        this);
    ++m_cacheWrites;
    connect(write, &BackgroundFileWrite::finished, this,
            [this, write, syncedAt = m_lastSyncAt](bool written, const QString &error) {
                write->deleteLater();
                --m_cacheWrites;
                if (written)
                    m_copySavedAt = syncedAt;
                if (!written) {
                    qCWarning(lcWorkspaces) << "cache not saved:" << error;
                    Q_EMIT storageError(error);
                }
                returnFreedHeap();
                Q_EMIT cacheSaveFinished(written);
            });
}

} // namespace billing
