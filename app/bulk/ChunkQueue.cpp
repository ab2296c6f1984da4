#include "ChunkQueue.h"

#include "BillingClient.h"

namespace billing {

void ChunkQueue::reset(const QList<JournalChunk> &resend, const QStringList &rows)
{
    m_resend = resend;
    m_rows = rows;
}

void ChunkQueue::clear()
{
    m_resend.clear();
    m_rows.clear();
}

std::optional<ChunkQueue::Next> ChunkQueue::take(const StagedChanges &staged, int chunkSize)
{
    if (!m_resend.isEmpty())
        return Next{m_resend.takeFirst(), true};
    Next next;
    while (!m_rows.isEmpty() && next.chunk.changes.size() < chunkSize) {
        const StagedChange *entry = staged.find(m_rows.takeFirst());
        if (entry && entry->state == StagedState::Staged)
            next.chunk.changes.append(entry->target);
    }
    if (next.chunk.changes.isEmpty())
        return std::nullopt;
    next.chunk.idempotencyKey = BillingClient::newIdempotencyKey();
    next.chunk.sentAt = QDateTime::currentDateTimeUtc();
    return next;
}

void ChunkQueue::putBack(const Next &next)
{
    if (next.resent) {
        m_resend.prepend(next.chunk);
        return;
    }
    QStringList ids;
    for (const SettlementChange &change : next.chunk.changes)
        ids.append(change.workspaceId);
    m_rows = ids + m_rows;
}

int ChunkQueue::remainingRows() const
{
    int rows = int(m_rows.size());
    for (const JournalChunk &chunk : m_resend)
        rows += int(chunk.changes.size());
    return rows;
}

} // namespace billing
