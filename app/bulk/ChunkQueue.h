#pragma once

#include "ChangeJournal.h"

#include <QStringList>

#include <optional>

namespace billing {

// What a bulk apply sends next: the unconfirmed chunks first (same key, same changes), then
// new chunks of the rows still staged, in staging order. A chunk that could not leave is put
// back at the front, so that what was not sent is always counted as remaining.
class ChunkQueue
{
public:
    struct Next {
        JournalChunk chunk;
        bool resent = false; // an unconfirmed chunk of an earlier run
    };

    void reset(const QList<JournalChunk> &resend, const QStringList &rows);
    void clear();
    // The next chunk of at most `chunkSize` rows; a new one gets a fresh key. Rows no longer
    // staged (unstaged meanwhile) are passed over. nullopt when nothing is left.
    std::optional<Next> take(const StagedChanges &staged, int chunkSize);
    void putBack(const Next &next);
    // Rows not sent yet: those of the waiting unconfirmed chunks and the staged ones.
    int remainingRows() const;

private:
    QList<JournalChunk> m_resend;
    QStringList m_rows;
};

} // namespace billing
