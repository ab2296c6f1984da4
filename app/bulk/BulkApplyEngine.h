#pragma once

#include "ChangeJournal.h"
#include "ChunkQueue.h"
#include "ClientError.h"
#include "StagedChanges.h"

#include <QObject>
#include <QTimer>

namespace billing {

class BillingClient;
class SettlementBatchJob;

// Sends the staged changes through POST /api/v1/settlement-changes.
//  - Chunks of at most 1 000; each chunk gets one idempotency key, written to the journal
//    (with the exact changes) before the request leaves, and dropped once its reply is read.
//    Chunks left unconfirmed by a crash or a network failure are re-sent first, with the
//    same key and body, so the server replays instead of applying twice. A re-sent change
//    whose version_conflict shows the target binding one version on counts as applied (the
//    server committed it and lost the answer: its idempotency record is not guaranteed).
//  - Per-row results go into StagedChanges: applied, or rejected with the server's error
//    (a version_conflict carries the current workspace, see RestageCommand).
//  - Up to maxChunksInFlight() chunks are in flight at once (a WAN round trip no longer
//    idles the server between chunks). Each is in the journal before its request leaves;
//    each answer is recorded as it arrives, in any order.
//  - cancel() sends no new chunk and waits for those in flight; rows not sent stay staged.
//    So does a failure without a trustworthy answer (network, timeout, journal): the chunks
//    in flight complete, the failed one stays unconfirmed, the run then stops.
//  - Rows whose target is the binding they already have are unstaged as no-ops.
// With a journal, edits of the staged set are saved too (coalesced, atomically).
class BulkApplyEngine : public QObject
{
    Q_OBJECT

public:
    struct Summary {
        int applied = 0;
        int rejected = 0;
        int skipped = 0;   // no-ops, unstaged without a request
        int remaining = 0; // staged rows not sent (cancelled or stopped by an error)
        bool cancelled = false;
        ClientError error; // why the run stopped early, if it did
        bool ok() const { return !error.isError() && !cancelled && rejected == 0; }
    };

    BulkApplyEngine(BillingClient &client, StagedChanges &staged, ChangeJournal *journal = nullptr,
                    QObject *parent = nullptr);
    ~BulkApplyEngine() override;

    void setChunkSize(int size); // 1..1000
    int chunkSize() const { return m_chunkSize; }
    // How many chunks may wait for their answers at once (1 sends them one by one).
    static constexpr int kDefaultMaxChunksInFlight = 4;
    void setMaxChunksInFlight(int chunks); // 1..16
    int maxChunksInFlight() const { return m_maxChunksInFlight; }
    int chunksInFlight() const { return m_inFlight; }

    // Puts back a journal after a restart: the rows and the unconfirmed chunks.
    void restore(const JournalContents &contents);
    JournalContents journalContents() const;
    const QList<JournalChunk> &unconfirmedChunks() const { return m_unconfirmed; }
    // Saves the journal now (the engine also does so after every staging edit).
    bool saveJournal();

    bool isRunning() const { return m_running; }
    // Unconfirmed chunks first, then every row in state Staged.
    void apply();
    // Rejected rows (not version conflicts: those need RestageCommand) go again, new keys.
    void retryFailed();
    void cancel();
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void started(int totalRows);
    void chunkSent(int index, const QByteArray &idempotencyKey);
    void progress(int doneRows, int totalRows);
    // Workspaces as the server returned them after applying (for the table).
    void workspacesApplied(const QList<billing::Workspace> &workspaces);
    void finished(const billing::BulkApplyEngine::Summary &summary);
    void journalError(const QString &message);

private:
    // Sends chunks while there is room and no reason to stop; ends the run when none is left.
    void pump();
    bool send(const ChunkQueue::Next &next);
    void onChunkFinished(SettlementBatchJob *job, const JournalChunk &chunk, bool resent);
    QList<StagedChange> takeResults(const JournalChunk &chunk, const SettlementBatchJob &job,
                                    bool resent);
    QList<StagedChange> rejectChunk(const JournalChunk &chunk, const ApiError &error);
    void setRowStates(const JournalChunk &chunk, StagedState state);
    void forgetUnconfirmed(const QByteArray &idempotencyKey);
    void finish(const ClientError &error = {});
    bool persist();
    // The engine's own updates of row states (applying, applied, rejected): its journal log
    // records them, so they do not make the journal on disk stale.
    void putRowStates(const QList<StagedChange> &rows);
    bool journalSent(const JournalChunk &chunk);
    void journalResults(const JournalChunk &chunk, const QList<StagedChange> &rows);
    QSet<QString> idsInUnconfirmedChunks() const;

    BillingClient &m_client;
    StagedChanges &m_staged;
    ChangeJournal *m_journal;
    int m_chunkSize = 1000;
    int m_maxChunksInFlight = kDefaultMaxChunksInFlight;
    QList<JournalChunk> m_unconfirmed; // on disk, answer not read: in flight or failed
    ChunkQueue m_queue;
    QTimer m_saveTimer;
    Summary m_summary;
    ClientError m_stopError; // set: no new chunk leaves; the run ends with it
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_chunkIndex = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_pumping = false;
    bool m_journalCurrent = false; // the journal on disk (with its log) holds m_staged
    bool m_updatingRows = false;
};

} // namespace billing

Q_DECLARE_METATYPE(billing::BulkApplyEngine::Summary)
