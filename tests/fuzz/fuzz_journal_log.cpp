// The log of the bulk-apply journal (ChangeJournal::replayLog) after a crash: appended line
// by line while chunks were in flight, so a crash may have cut any record anywhere. Replaying
// it onto a journal must keep that journal sane: every unconfirmed chunk complete and with
// its own key, each row once, and the result still writes and reads back the same.
#include "FuzzSupport.h"

#include <ChangeJournal.h>

#include <QSet>

using namespace billing;

namespace {
JournalContents sampleJournal()
{
    JournalContents contents;
    contents.server = QStringLiteral("http://127.0.0.1:8080");
    contents.username = QStringLiteral("demo");
    for (int i = 1; i <= 3; ++i) {
        StagedChange entry;
        entry.target.workspaceId = QStringLiteral("ws_%1").arg(i);
        entry.target.method = SettlementMethod::Azure;
        entry.target.expectedVersion = i;
        entry.originalVersion = i;
        contents.entries << entry;
    }
    return contents;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    JournalContents contents = sampleJournal();
    const int replayed = ChangeJournal::replayLog(contents, fuzz::bytes(data, size), "fuzz");
    fuzz::require(replayed >= 0);
    QSet<QByteArray> keys;
    for (const JournalChunk &chunk : std::as_const(contents.unconfirmed)) {
        fuzz::require(!chunk.idempotencyKey.isEmpty() && !chunk.changes.isEmpty());
        fuzz::require(!keys.contains(chunk.idempotencyKey));
        keys.insert(chunk.idempotencyKey);
    }
    QSet<QString> rows;
    for (const StagedChange &entry : std::as_const(contents.entries)) {
        fuzz::require(!rows.contains(entry.workspaceId()));
        rows.insert(entry.workspaceId());
    }
    QString error;
    const auto again = ChangeJournal::fromJson(ChangeJournal::toJson(contents), &error);
    fuzz::require(again.has_value() && again->entries.size() == contents.entries.size()
                  && again->unconfirmed.size() == contents.unconfirmed.size());
    return 0;
}
