// The log of a ChangeJournal: one JSON object per line.
//   {"format":"billing-desk.journal-log","logId":"…"}          names the journal it extends
//   {"sent":{"idempotencyKey","sentAt","changes":[…]}}          a chunk about to leave
//   {"results":"KEY","applied":["ws-…",…],"rejected":[entry…]} that chunk's answer
#include "ChangeJournal.h"

#include "BulkLog.h"
#include "JournalJson.h"
#include "PrivateFiles.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace billing {
namespace {
const QString kLogFormat = QStringLiteral("billing-desk.journal-log");

struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ChangeJournal)
};

QByteArray headerRecord(const QByteArray &logId)
{
    QByteArray line = "{\"format\":";
    WorkspaceJson::appendString(line, kLogFormat);
    line += ",\"logId\":";
    WorkspaceJson::appendString(line, QString::fromLatin1(logId));
    line += "}\n";
    return line;
}

void applySent(JournalContents &contents, const JournalChunk &chunk)
{
    for (const JournalChunk &known : std::as_const(contents.unconfirmed)) {
        if (known.idempotencyKey == chunk.idempotencyKey)
            return;
    }
    contents.unconfirmed.append(chunk);
    QSet<QString> ids;
    for (const SettlementChange &change : chunk.changes)
        ids.insert(change.workspaceId);
    for (StagedChange &entry : contents.entries) {
        if (entry.state == StagedState::Staged && ids.contains(entry.workspaceId()))
            entry.state = StagedState::Applying;
    }
}

void applyResults(JournalContents &contents, const QJsonObject &record)
{
    const QByteArray key = record.value(u"results").toString().toLatin1();
    contents.unconfirmed.removeIf(
        [&key](const JournalChunk &chunk) { return chunk.idempotencyKey == key; });
    QSet<QString> applied;
    for (const QJsonValue &id : record.value(u"applied").toArray())
        applied.insert(id.toString());
    contents.entries.removeIf(
        [&applied](const StagedChange &entry) { return applied.contains(entry.workspaceId()); });
    QHash<QString, qsizetype> rows;
    for (qsizetype i = 0; i < contents.entries.size(); ++i)
        rows.insert(contents.entries.at(i).workspaceId(), i);
    for (const QJsonValue &value : record.value(u"rejected").toArray()) {
        auto entry = JournalJson::entryFromJson(value.toObject());
        if (!entry)
            continue;
        const auto row = rows.constFind(entry->workspaceId());
        if (row != rows.constEnd()) {
            contents.entries[*row] = std::move(*entry);
        } else {
            rows.insert(entry->workspaceId(), contents.entries.size());
            contents.entries.append(std::move(*entry));
        }
    }
}
} // namespace

int ChangeJournal::replayLog(JournalContents &contents, const QByteArray &log,
                             const QByteArray &logId)
{
    const QList<QByteArray> lines = log.split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.value(0)).object();
    if (header.value(u"format").toString() != kLogFormat
        || header.value(u"logId").toString().toLatin1() != logId || logId.isEmpty()) {
        qCInfo(lcBulk) << "journal: ignoring a log that belongs to an earlier journal";
        return 0;
    }
    int replayed = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonObject record = QJsonDocument::fromJson(lines.at(i), &error).object();
        if (error.error != QJsonParseError::NoError) {
            qCWarning(lcBulk) << "journal: log cut at record" << i << "(written during a crash)";
            break;
        }
        if (record.contains(u"sent")) {
            const auto chunk = JournalJson::chunkFromJson(record.value(u"sent").toObject());
            if (!chunk)
                break;
            applySent(contents, *chunk);
        } else if (record.contains(u"results")) {
            applyResults(contents, record);
        } else {
            break;
        }
        ++replayed;
    }
    return replayed;
}

bool ChangeJournal::appendSent(const JournalChunk &chunk, QString *error)
{
    QByteArray record = "{\"sent\":";
    JournalJson::appendChunk(record, chunk, true);
    record += "}\n";
    return appendRecord(record, true, error);
}

bool ChangeJournal::appendResults(const QByteArray &idempotencyKey, const QList<StagedChange> &rows,
                                  QString *error)
{
    QByteArray record = "{\"results\":";
    WorkspaceJson::appendString(record, QString::fromLatin1(idempotencyKey));
    record += ",\"applied\":[";
    bool first = true;
    for (const StagedChange &row : rows) {
        if (row.state != StagedState::Applied)
            continue;
        if (!first)
            record += ',';
        first = false;
        WorkspaceJson::appendString(record, row.workspaceId());
    }
    record += "],\"rejected\":[";
    first = true;
    for (const StagedChange &row : rows) {
        if (row.state == StagedState::Applied)
            continue;
        if (!first)
            record += ',';
        first = false;
        JournalJson::appendEntry(record, row);
    }
    record += "]}\n";
    return appendRecord(record, false, error);
}

bool ChangeJournal::appendRecord(const QByteArray &record, bool sync, QString *error)
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = Text::tr("Cannot write the journal %1: %2").arg(m_logPath, reason);
        qCWarning(lcBulk) << "journal log write failed:" << reason;
        closeLog();
        return false;
    };
    if (m_logId.isEmpty())
        return failed(Text::tr("no saved journal to extend"));
    if (!m_log) {
        m_log = std::make_unique<QFile>(m_logPath);
        // Created owner-only whatever the umask; an older log is restricted too.
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnlyFile))
            return failed(m_log->errorString());
        m_log->setPermissions(kOwnerOnlyFile);
        // save() removed the previous log, so this one starts empty; it names its journal.
        const QByteArray header = headerRecord(m_logId);
        if (m_log->size() == 0 && m_log->write(header) != header.size())
            return failed(m_log->errorString());
    }
    if (m_log->write(record) != record.size() || !m_log->flush())
        return failed(m_log->errorString());
    if (sync && ::fdatasync(m_log->handle()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    return true;
}

void ChangeJournal::closeLog()
{
    m_log.reset();
}

} // namespace billing
