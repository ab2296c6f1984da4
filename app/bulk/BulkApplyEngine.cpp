#include "BulkApplyEngine.h"

#include "BillingClient.h"
#include "BulkLog.h"
#include "SettlementBatchJob.h"

#include <QSet>

namespace billing {
namespace {
// A definitive answer about the whole request: the server read it and refused it, so
// nothing of it was applied and re-sending the same body cannot succeed.
bool isDefinitiveRefusal(const ClientError &error)
{
    return error.kind == ClientError::Kind::Api && error.httpStatus >= 400 && error.httpStatus < 500
           && error.httpStatus != 401 && error.httpStatus != 408 && error.httpStatus != 429;
}

// A re-sent change that meets a version_conflict because it was applied the first time:
// the server committed it but its answer (or its idempotency record) was lost in a crash.
// The workspace is then exactly one version past the expected one, with the target binding.
bool wasAppliedBefore(const SettlementChange &change, const ApiError &error)
{
    if (error.code != ErrorCode::VersionConflict || !error.current || !change.expectedVersion)
        return false;
    return error.current->version == *change.expectedVersion + 1
           && error.current->settlement.sameBindingAs(change.settlement());
}
} // namespace

BulkApplyEngine::BulkApplyEngine(BillingClient &client, StagedChanges &staged,
                                 ChangeJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_staged(staged)
    , m_journal(journal)
{
    qRegisterMetaType<billing::BulkApplyEngine::Summary>();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, &BulkApplyEngine::persist);
    if (m_journal) {
        // Staging edits are saved after the current event, coalesced (while a run goes on,
        // by the next chunk). The engine's own row states go to the journal's log instead.
        auto schedule = [this] {
            if (m_updatingRows)
                return;
            m_journalCurrent = false;
            if (!m_running)
                m_saveTimer.start();
        };
        connect(&m_staged, &StagedChanges::changed, this, schedule);
        connect(&m_staged, &StagedChanges::reset, this, schedule);
    }
}

BulkApplyEngine::~BulkApplyEngine()
{
    if (m_saveTimer.isActive())
        persist();
}

void BulkApplyEngine::setChunkSize(int size)
{
    m_chunkSize = std::clamp(size, 1, 1000);
}

void BulkApplyEngine::setMaxChunksInFlight(int chunks)
{
    m_maxChunksInFlight = std::clamp(chunks, 1, 16);
}

void BulkApplyEngine::restore(const JournalContents &contents)
{
    QList<StagedChange> entries = contents.entries;
    for (StagedChange &entry : entries) {
        if (entry.state == StagedState::Rejected)
            entry.reason = translatedApiMessage(entry.error);
    }
    m_unconfirmed = contents.unconfirmed;
    m_staged.setAll(entries);
    qCInfo(lcBulk) << "restored" << entries.size() << "staged rows and" << m_unconfirmed.size()
                   << "unconfirmed chunks";
}

JournalContents BulkApplyEngine::journalContents() const
{
    JournalContents contents;
    contents.server = m_client.baseUrl().toString();
    contents.username = m_journal ? m_journal->username() : QString();
    contents.savedAt = QDateTime::currentDateTimeUtc();
    for (const StagedChange &entry : m_staged.all()) {
        if (entry.state != StagedState::Applied)
            contents.entries.append(entry);
    }
    contents.unconfirmed = m_unconfirmed;
    return contents;
}

bool BulkApplyEngine::persist()
{
    m_saveTimer.stop();
    if (!m_journal)
        return true;
    QString error;
    // Once every row is applied the journal has nothing left to hold: no need to gather it.
    const bool done =
        m_unconfirmed.isEmpty() && m_staged.count(StagedState::Applied) == m_staged.size();
    m_journalCurrent =
        done ? m_journal->remove(&error) : m_journal->save(journalContents(), &error);
    if (m_journalCurrent)
        return true;
    Q_EMIT journalError(error);
    return false;
}

bool BulkApplyEngine::saveJournal()
{
    return persist();
}

void BulkApplyEngine::putRowStates(const QList<StagedChange> &rows)
{
    m_updatingRows = true;
    m_staged.put(rows);
    m_updatingRows = false;
}

// While the journal on disk holds the staged set (saved after the last staging edit), a
// chunk only appends to its log: a 10 000-row apply does not rewrite every row for each
// chunk (issue 8). Otherwise the whole journal is saved, this chunk included.
bool BulkApplyEngine::journalSent(const JournalChunk &chunk)
{
    if (!m_journal)
        return true;
    if (!m_journalCurrent || !m_journal->canAppend())
        return persist();
    QString error;
    if (m_journal->appendSent(chunk, &error))
        return true;
    m_journalCurrent = false;
    Q_EMIT journalError(error);
    return false;
}

void BulkApplyEngine::journalResults(const JournalChunk &chunk, const QList<StagedChange> &rows)
{
    QString error;
    // A lost record costs nothing: the chunk stays unconfirmed and is re-sent with its key.
    if (m_journal && m_journalCurrent && m_journal->canAppend()
        && !m_journal->appendResults(chunk.idempotencyKey, rows, &error)) {
        qCWarning(lcBulk) << "journal: results not recorded:" << error;
        m_journalCurrent = false; // the next chunk saves the whole journal
    }
}

QSet<QString> BulkApplyEngine::idsInUnconfirmedChunks() const
{
    QSet<QString> ids;
    for (const JournalChunk &chunk : m_unconfirmed) {
        for (const SettlementChange &change : chunk.changes)
            ids.insert(change.workspaceId);
    }
    return ids;
}

void BulkApplyEngine::apply()
{
    if (m_running)
        return;
    m_summary = {};
    m_stopError = {};
    m_cancelRequested = false;
    m_chunkIndex = 0;
    m_done = 0;

    const QSet<QString> inFlight = idsInUnconfirmedChunks();
    QStringList rows;
    QStringList noOps;
    for (const StagedChange &entry : m_staged.all()) {
        if (entry.state != StagedState::Staged || inFlight.contains(entry.workspaceId()))
            continue;
        if (entry.isNoOp())
            noOps.append(entry.workspaceId());
        else
            rows.append(entry.workspaceId());
    }
    m_summary.skipped = int(noOps.size());
    m_staged.remove(noOps);
    m_queue.reset(m_unconfirmed, rows);
    m_total = m_queue.remainingRows();
    m_running = true;
    qCInfo(lcBulk) << "applying" << m_total << "rows;" << m_unconfirmed.size()
                   << "unconfirmed chunks first;" << noOps.size() << "no-ops skipped; up to"
                   << m_maxChunksInFlight << "chunks in flight";
    Q_EMIT started(m_total);
    Q_EMIT progress(0, m_total);
    pump();
}

void BulkApplyEngine::retryFailed()
{
    if (m_running)
        return;
    QList<StagedChange> retry;
    for (StagedChange entry : m_staged.inState(StagedState::Rejected)) {
        if (entry.error.code == ErrorCode::VersionConflict)
            continue;
        entry.state = StagedState::Staged;
        entry.error = {};
        entry.reason.clear();
        retry.append(entry);
    }
    m_staged.put(retry);
    apply();
}

void BulkApplyEngine::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void BulkApplyEngine::setRowStates(const JournalChunk &chunk, StagedState state)
{
    QList<StagedChange> rows;
    for (const SettlementChange &change : chunk.changes) {
        if (const StagedChange *entry = m_staged.find(change.workspaceId)) {
            StagedChange updated = *entry;
            updated.state = state;
            rows.append(updated);
        }
    }
    putRowStates(rows);
}

void BulkApplyEngine::forgetUnconfirmed(const QByteArray &idempotencyKey)
{
    m_unconfirmed.removeIf(
        [&idempotencyKey](const JournalChunk &c) { return c.idempotencyKey == idempotencyKey; });
}

void BulkApplyEngine::pump()
{
    // A job that finishes inside start() (a refused URL) must not end the run under this loop.
    m_pumping = true;
    while (m_inFlight < m_maxChunksInFlight && !m_cancelRequested && !m_stopError.isError()) {
        const std::optional<ChunkQueue::Next> next = m_queue.take(m_staged, m_chunkSize);
        if (!next || !send(*next))
            break;
    }
    m_pumping = false;
    if (m_inFlight > 0)
        return;
    m_summary.cancelled = m_cancelRequested;
    finish(m_stopError);
}

bool BulkApplyEngine::send(const ChunkQueue::Next &next)
{
    const JournalChunk &chunk = next.chunk;
    if (next.resent)
        qCInfo(lcBulk) << "re-sending unconfirmed chunk" << chunk.idempotencyKey;
    else
        m_unconfirmed.append(chunk);
    setRowStates(chunk, StagedState::Applying);
    // The key and the body are on disk before the request can reach the server.
    if (!journalSent(chunk)) {
        // A new chunk never left: its rows go back to staged. A re-sent one stays
        // unconfirmed (it is in the journal already) and waits for the next apply.
        if (!next.resent) {
            forgetUnconfirmed(chunk.idempotencyKey);
            setRowStates(chunk, StagedState::Staged);
        }
        m_queue.putBack(next);
        m_stopError = ClientError::make(ClientError::Kind::Cancelled,
                                        QStringLiteral("the journal could not be written"));
        return false;
    }
    auto *job = new SettlementBatchJob(m_client, chunk.changes, chunk.idempotencyKey, this);
    ++m_inFlight;
    connect(job, &ApiJob::finished, this,
            [this, job, next] { onChunkFinished(job, next.chunk, next.resent); });
    qCDebug(lcBulk) << "chunk" << m_chunkIndex << "with" << chunk.changes.size() << "changes, key"
                    << chunk.idempotencyKey << "-" << m_inFlight << "in flight";
    job->start();
    Q_EMIT chunkSent(m_chunkIndex++, chunk.idempotencyKey);
    return true;
}

void BulkApplyEngine::onChunkFinished(SettlementBatchJob *job, const JournalChunk &chunk,
                                      bool resent)
{
    job->deleteLater();
    --m_inFlight;
    if (job->ok()) {
        journalResults(chunk, takeResults(chunk, *job, resent));
    } else if (isDefinitiveRefusal(job->error())) {
        qCWarning(lcBulk) << "chunk refused:" << job->error().api.wireCode;
        journalResults(chunk, rejectChunk(chunk, job->error().api));
    } else {
        // No answer we can trust: the chunk stays unconfirmed (rows "applying") and goes
        // again, same key, on the next apply. No new chunk leaves; those in flight finish.
        qCWarning(lcBulk) << "chunk unconfirmed:" << job->error().detail;
        if (!m_stopError.isError())
            m_stopError = job->error();
        if (!m_pumping)
            pump();
        return;
    }
    forgetUnconfirmed(chunk.idempotencyKey);
    m_done += int(chunk.changes.size());
    Q_EMIT progress(m_done, m_total);
    // The results are on disk once a later chunk's record is synced, or finish() saves.
    // Until then a crash leaves this chunk unconfirmed, which is safe: re-sent, it meets its
    // own stored reply (same key).
    if (!m_pumping)
        pump();
}

QList<StagedChange> BulkApplyEngine::takeResults(const JournalChunk &chunk,
                                                 const SettlementBatchJob &job, bool resent)
{
    QList<StagedChange> updated;
    QList<Workspace> appliedWorkspaces;
    int appliedBefore = 0;
    for (qsizetype i = 0; i < job.results().size(); ++i) {
        SettlementChangeResult result = job.results().at(i);
        if (resent && !result.applied && wasAppliedBefore(chunk.changes.at(i), result.error)) {
            result.applied = true;
            result.workspace = result.error.current;
            ++appliedBefore;
        }
        const StagedChange *existing = m_staged.find(result.workspaceId);
        StagedChange entry = existing ? *existing : StagedChange{};
        if (!existing) {
            entry.target = chunk.changes.at(i);
            entry.originalVersion = chunk.changes.at(i).expectedVersion.value_or(0);
        }
        if (result.applied) {
            entry.state = StagedState::Applied;
            entry.error = {};
            entry.reason.clear();
            if (result.workspace) {
                entry.workspaceName = result.workspace->name;
                appliedWorkspaces.append(*result.workspace);
            }
            ++m_summary.applied;
        } else {
            entry.state = StagedState::Rejected;
            entry.error = result.error;
            entry.reason = translatedApiMessage(result.error);
            ++m_summary.rejected;
        }
        updated.append(entry);
    }
    if (appliedBefore > 0)
        qCInfo(lcBulk) << appliedBefore << "changes of the re-sent chunk" << chunk.idempotencyKey
                       << "had been applied before the answer was lost";
    putRowStates(updated);
    if (!appliedWorkspaces.isEmpty())
        Q_EMIT workspacesApplied(appliedWorkspaces);
    return updated;
}

QList<StagedChange> BulkApplyEngine::rejectChunk(const JournalChunk &chunk, const ApiError &error)
{
    QList<StagedChange> updated;
    for (const SettlementChange &change : chunk.changes) {
        StagedChange entry = m_staged.value(change.workspaceId).value_or(StagedChange{});
        entry.target = change;
        entry.state = StagedState::Rejected;
        entry.error = error;
        entry.reason = translatedApiMessage(error);
        updated.append(entry);
        ++m_summary.rejected;
    }
    putRowStates(updated);
    return updated;
}

void BulkApplyEngine::finish(const ClientError &error)
{
    m_summary.error = error;
    m_summary.remaining = m_queue.remainingRows();
    m_queue.clear();
    m_running = false;
    persist();
    qCInfo(lcBulk) << "apply finished:" << m_summary.applied << "applied," << m_summary.rejected
                   << "rejected," << m_summary.skipped << "skipped," << m_summary.remaining
                   << "not sent" << (m_summary.cancelled ? "(cancelled)" : "");
    Q_EMIT finished(m_summary);
}

} // namespace billing
