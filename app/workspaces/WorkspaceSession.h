#pragma once

#include "ChangeJournal.h"
#include "ClientError.h"
#include "ServerProfile.h"

#include <QDateTime>
#include <QObject>

#include <future>
#include <memory>
#include <optional>

class QThreadPool;
class QUndoStack;

namespace billing {

class BillingClient;
class BulkApplyEngine;
class StagedChanges;
class WorkspaceFilterProxy;
class WorkspaceSync;
class WorkspaceTableModel;

// Everything one signed-in profile works with, without widgets: the workspace table (and
// its sort/filter proxy), the staged changes with their undo stack, the on-disk journal
// and the bulk apply engine. Journal under <dataDirectory>/journal, cache under
// <dataDirectory>/cache.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    WorkspaceSession(BillingClient &client, const ServerProfile &profile,
                     const QString &dataDirectory, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    BillingClient &client() { return m_client; }
    const ServerProfile &profile() const { return m_profile; }
    QString dataDirectory() const { return m_dataDirectory; }

    WorkspaceTableModel &model() { return *m_model; }
    WorkspaceFilterProxy &proxy() { return *m_proxy; }
    StagedChanges &staged() { return *m_staged; }
    QUndoStack &undoStack() { return *m_undoStack; }
    BulkApplyEngine &engine() { return *m_engine; }
    ChangeJournal &journal() { return *m_journal; }

    // Brings the table in line with the server. With a sync token (from the offline copy or
    // the last sync) only what changed since is fetched; otherwise, or when the server no
    // longer knows the token, every workspace. Pages go into the table as they arrive, as
    // updates and appended rows (no model reset): selection, filter, sort and staged rows
    // stay. A full load over rows that no longer exist on the server resets the table once.
    void sync();
    void cancelSync();
    bool isSyncing() const;
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    // Whether a sync of this session has succeeded (the table is the server's, not a copy).
    bool hasSynced() const { return m_synced; }
    // The current sync is a delta (from a token), not a full load.
    bool isDeltaSync() const;

    // Shows this profile's offline copy (<dataDirectory>/cache) right away, before any
    // network: false when there is none or it cannot be read. Until a sync succeeds,
    // isShowingCachedCopy() is true and lastSyncAt() is the copy's time.
    // Waits for a read begun by beginReadingCachedCopy(), if any.
    bool showCachedCopy();
    bool isShowingCachedCopy() const { return m_cachedCopy; }
    // Starts reading the offline copy on a thread of its own, so that it is read while the
    // main window is being built (the window then calls showCachedCopy()).
    void beginReadingCachedCopy();
    bool isReadingCachedCopy() const { return m_cachedCopyRead.valid(); }

    // Shows the list last saved on disk (the server could not be reached at log-in): the
    // table holds it and lastSyncAt() is its sync time until a sync succeeds.
    void showOfflineCopy(const QList<Workspace> &workspaces, const QDateTime &syncedAt);
    bool isOfflineCopy() const { return m_offlineCopy; }
    // An offline copy is being written (cacheSaveFinished() follows).
    bool isSavingCache() const { return m_cacheWrites > 0; }
    // A copy that the sync found current is written again once it is this old.
    static constexpr qint64 kCopyRefreshSeconds = 24 * 3600;

    // The journal found on disk when the session was created (nullopt: none, or empty).
    std::optional<JournalContents> journalFromLastRun() const { return m_journalFromLastRun; }
    QString journalError() const { return m_journalError; }
    // Stages the journal's rows again (and its unconfirmed chunks, re-sent first by apply()).
    void restoreJournal();
    // Forgets the journal: the file is removed and nothing is staged.
    void discardJournal();

Q_SIGNALS:
    void syncStarted();
    // Rows received by the running sync (changed rows for a delta).
    void syncProgress(int receivedRows);
    // The server no longer knew the copy's sync token: every workspace is loaded instead.
    void syncRestartedInFull();
    void syncFinished(const billing::ClientError &error);
    // A save of the journal or the cache failed (a translated sentence).
    void storageError(const QString &message);
    // The offline copy written after a sync is on disk (or failed: storageError said why).
    void cacheSaveFinished(bool saved);

private:
    void onSyncFinished(const ClientError &error);
    // Whether the copy on disk is still the server's data after this sync: a delta with no
    // change, the copy written less than kCopyRefreshSeconds ago (its token keeps 30 days on
    // the server; rewritten daily, a copy in use never meets an expired one).
    bool copyOnDiskIsCurrent() const;
    void saveCache();

    BillingClient &m_client;
    ServerProfile m_profile;
    QString m_dataDirectory;
    std::unique_ptr<WorkspaceTableModel> m_model;
    std::unique_ptr<WorkspaceFilterProxy> m_proxy;
    std::unique_ptr<StagedChanges> m_staged;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<BulkApplyEngine> m_engine;
    std::unique_ptr<WorkspaceSync> m_sync;
    // One thread: copies are written in the order the syncs finished.
    std::unique_ptr<QThreadPool> m_cacheWriter;
    struct CachedCopyRead;
    std::future<std::shared_ptr<CachedCopyRead>> m_cachedCopyRead;
    std::optional<JournalContents> m_journalFromLastRun;
    QString m_journalError;
    QDateTime m_lastSyncAt;
    QDateTime m_copySavedAt; // the "from" time of the copy on disk
    QString m_syncToken;
    bool m_offlineCopy = false;
    bool m_cachedCopy = false;
    bool m_synced = false;
    int m_cacheWrites = 0;
};

} // namespace billing
