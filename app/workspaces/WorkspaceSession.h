#pragma once

#include "ChangeJournal.h"
#include "ClientError.h"
#include "ServerProfile.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

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

    // Loads every workspace again (the table is replaced when the last page arrived).
    void sync();
    void cancelSync();
    bool isSyncing() const;
    QDateTime lastSyncAt() const { return m_lastSyncAt; }

    // Shows the list last saved on disk (the server could not be reached at log-in): the
    // table holds it and lastSyncAt() is its sync time until a sync succeeds.
    void showOfflineCopy(const QList<Workspace> &workspaces, const QDateTime &syncedAt);
    bool isOfflineCopy() const { return m_offlineCopy; }

    // The journal found on disk when the session was created (nullopt: none, or empty).
    std::optional<JournalContents> journalFromLastRun() const { return m_journalFromLastRun; }
    QString journalError() const { return m_journalError; }
    // Stages the journal's rows again (and its unconfirmed chunks, re-sent first by apply()).
    void restoreJournal();
    // Forgets the journal: the file is removed and nothing is staged.
    void discardJournal();

Q_SIGNALS:
    void syncStarted();
    void syncProgress(int receivedRows);
    void syncFinished(const billing::ClientError &error);
    // A save of the journal or the cache failed (a translated sentence).
    void storageError(const QString &message);

private:
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
    std::optional<JournalContents> m_journalFromLastRun;
    QString m_journalError;
    QDateTime m_lastSyncAt;
    bool m_offlineCopy = false;
};

} // namespace billing
