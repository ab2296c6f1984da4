#pragma once

#include "StagedChanges.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QFile;

namespace billing {

// A batch request that was (or is about to be) sent and whose reply has not been read:
// re-sending exactly these changes with the same key cannot apply anything twice.
struct JournalChunk {
    QByteArray idempotencyKey;
    QList<SettlementChange> changes; // as sent, expectedVersion included
    QDateTime sentAt;
};

struct JournalContents {
    QString server;
    QString username;
    QDateTime savedAt;
    QList<StagedChange> entries; // staged, applying and rejected rows (applied ones are done)
    QList<JournalChunk> unconfirmed;

    bool isEmpty() const { return entries.isEmpty() && unconfirmed.isEmpty(); }
};

// The on-disk journal of one user's staged changes on one server: a JSON file under a
// given directory, replaced atomically (QSaveFile) on every save, so that a crash at any
// moment leaves either the previous or the new journal. It holds workspace ids and names,
// targets, states, server errors and idempotency keys; never a password or token.
//
// Between two saves, a running apply appends what happens to each chunk to the journal's
// log (journal-….log next to it, JSON Lines): the chunk sent, then its results. load()
// replays the log onto the journal it names; save() starts a new log. A 10 000-row apply
// thus writes each row a few times instead of once per chunk (issue 8).
class ChangeJournal
{
public:
    static constexpr int kVersion = 1;

    ChangeJournal(const QString &directory, const QUrl &server, const QString &username);
    ~ChangeJournal();

    QString filePath() const { return m_path; }
    bool exists() const;
    // The last saved journal; nullopt when there is none, or (with *error) when unreadable.
    std::optional<JournalContents> load(QString *error = nullptr) const;
    // Writes the journal, or removes the file when `contents` is empty.
    bool save(const JournalContents &contents, QString *error = nullptr);
    bool remove(QString *error = nullptr); // the journal and its log

    // True once this object has saved a journal that a log can extend.
    bool canAppend() const { return !m_logId.isEmpty(); }
    // Appends the chunk about to be sent, on disk (fdatasync) when this returns true.
    bool appendSent(const JournalChunk &chunk, QString *error = nullptr);
    // Appends a chunk's answer: the rows now applied (gone from the journal) or rejected.
    // Not synced: lost in a crash, the chunk is re-sent with its key and meets its reply.
    bool appendResults(const QByteArray &idempotencyKey, const QList<StagedChange> &rows,
                       QString *error = nullptr);

    QUrl server() const { return m_server; }
    QString username() const { return m_username; }

    QString logPath() const { return m_logPath; }

    static QByteArray toJson(const JournalContents &contents, const QByteArray &logId = {});
    static std::optional<JournalContents> fromJson(const QByteArray &json, QString *error,
                                                   QByteArray *logId = nullptr);
    // Applies the records of a log that names `logId` to `contents`; stops at the first
    // unreadable line (a record cut by a crash). Returns the number of records applied.
    static int replayLog(JournalContents &contents, const QByteArray &log, const QByteArray &logId);

private:
    bool appendRecord(const QByteArray &record, bool sync, QString *error);
    void closeLog();

    QUrl m_server;
    QString m_username;
    QString m_path;
    QString m_logPath;
    QByteArray m_logId; // of the journal last saved; empty: nothing to append to
    std::unique_ptr<QFile> m_log;
};

} // namespace billing
