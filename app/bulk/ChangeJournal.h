#pragma once

#include "StagedChanges.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

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
class ChangeJournal
{
public:
    static constexpr int kVersion = 1;

    ChangeJournal(const QString &directory, const QUrl &server, const QString &username);

    QString filePath() const { return m_path; }
    bool exists() const;
    // The last saved journal; nullopt when there is none, or (with *error) when unreadable.
    std::optional<JournalContents> load(QString *error = nullptr) const;
    // Writes the journal, or removes the file when `contents` is empty.
    bool save(const JournalContents &contents, QString *error = nullptr);
    bool remove(QString *error = nullptr);

    QUrl server() const { return m_server; }
    QString username() const { return m_username; }

    static QByteArray toJson(const JournalContents &contents);
    static std::optional<JournalContents> fromJson(const QByteArray &json, QString *error);

private:
    QUrl m_server;
    QString m_username;
    QString m_path;
};

} // namespace billing
