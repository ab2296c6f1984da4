#include "ChangeJournal.h"

#include "BulkLog.h"
#include "JournalJson.h"
#include "PrivateFiles.h"
#include "Rfc3339.h"
#include "WorkspaceJsonWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace billing {
namespace {
const QString kFormat = QStringLiteral("billing-desk.journal");

// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ChangeJournal)
};

} // namespace

ChangeJournal::ChangeJournal(const QString &directory, const QUrl &server, const QString &username)
    : m_server(server)
    , m_username(username)
{
    const QByteArray identity =
        server.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + username.toLower().toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    m_path = QDir(directory).filePath(
        QStringLiteral("journal-%1.json").arg(QString::fromLatin1(digest)));
    m_logPath =
        QDir(directory).filePath(QStringLiteral("journal-%1.log").arg(QString::fromLatin1(digest)));
}

ChangeJournal::~ChangeJournal() = default;

bool ChangeJournal::exists() const
{
    return QFile::exists(m_path);
}

// Written as text: building 10 000 staged rows as QJsonObjects cost more than sending them
// (issue 8).
QByteArray ChangeJournal::toJson(const JournalContents &contents, const QByteArray &logId)
{
    QByteArray json;
    json.reserve(512 + contents.entries.size() * 320);
    json += "{\"format\":";
    WorkspaceJson::appendString(json, kFormat);
    json += ",\"version\":" + QByteArray::number(kVersion) + ",\"server\":";
    WorkspaceJson::appendString(json, contents.server);
    json += ",\"username\":";
    WorkspaceJson::appendString(json, contents.username);
    json += ",\"savedAt\":";
    WorkspaceJson::appendTime(json, contents.savedAt);
    if (!logId.isEmpty()) {
        json += ",\"logId\":";
        WorkspaceJson::appendString(json, QString::fromLatin1(logId));
    }
    json += ",\n\"entries\":[";
    for (qsizetype i = 0; i < contents.entries.size(); ++i) {
        json += i == 0 ? "\n" : ",\n";
        JournalJson::appendEntry(json, contents.entries.at(i));
    }
    json += "],\n\"unconfirmedChunks\":[";
    for (qsizetype i = 0; i < contents.unconfirmed.size(); ++i) {
        json += i == 0 ? "\n" : ",\n";
        JournalJson::appendChunk(json, contents.unconfirmed.at(i));
    }
    json += "]}\n";
    return json;
}

std::optional<JournalContents> ChangeJournal::fromJson(const QByteArray &json, QString *error,
                                                       QByteArray *logId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value(u"format").toString() != kFormat
        || root.value(u"version").toInt() != kVersion) {
        if (error)
            *error = Text::tr("The journal of staged changes is damaged or from another version.");
        return std::nullopt;
    }
    JournalContents contents;
    contents.server = root.value(u"server").toString();
    contents.username = root.value(u"username").toString();
    contents.savedAt = rfc3339::parse(root.value(u"savedAt").toString());
    if (logId)
        *logId = root.value(u"logId").toString().toLatin1();
    for (const QJsonValue &value : root.value(u"entries").toArray()) {
        if (auto entry = JournalJson::entryFromJson(value.toObject()))
            contents.entries.append(std::move(*entry));
        else
            qCWarning(lcBulk) << "journal: skipping an unreadable entry";
    }
    for (const QJsonValue &value : root.value(u"unconfirmedChunks").toArray()) {
        if (auto chunk = JournalJson::chunkFromJson(value.toObject()))
            contents.unconfirmed.append(std::move(*chunk));
        else
            qCWarning(lcBulk) << "journal: skipping an unreadable chunk";
    }
    return contents;
}

std::optional<JournalContents> ChangeJournal::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the journal %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    QByteArray logId;
    auto contents = fromJson(file.readAll(), error, &logId);
    QFile log(m_logPath);
    if (contents && !logId.isEmpty() && log.open(QIODevice::ReadOnly)) {
        const int replayed = replayLog(*contents, log.readAll(), logId);
        if (replayed > 0)
            qCInfo(lcBulk) << "journal: replayed" << replayed << "records of its log";
    }
    return contents;
}

bool ChangeJournal::save(const JournalContents &contents, QString *error)
{
    if (contents.isEmpty())
        return remove(error);
    if (!makePrivateDirectory(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = Text::tr("Cannot create the folder of the journal %1.").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(kOwnerOnlyFile);
    const QByteArray logId = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray bytes = toJson(contents, logId);
    // The cause (a full disk, say) is read before commit(), which would replace it.
    // flush(): QSaveFile::commit() does not report a failed flush of its buffer (a small
    // journal fits in it), so a full disk would go unnoticed.
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const QString cause = file.errorString();
    if (!written || !file.commit()) {
        const QString reason = written ? file.errorString() : cause;
        file.cancelWriting();
        if (error)
            *error = Text::tr("Cannot write the journal %1: %2").arg(m_path, reason);
        qCWarning(lcBulk) << "journal write failed:" << reason;
        return false;
    }
    // The new journal holds everything its old log said; a log left by a crash right here
    // names the old journal and is ignored.
    closeLog();
    const bool logGone = !QFile::exists(m_logPath) || QFile::remove(m_logPath);
    m_logId = logGone ? logId : QByteArray(); // no log to append to: every save is whole
    return true;
}

bool ChangeJournal::remove(QString *error)
{
    closeLog();
    m_logId.clear();
    QFile::remove(m_logPath);
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return true;
    if (error)
        *error = Text::tr("Cannot remove the journal %1.").arg(m_path);
    return false;
}

} // namespace billing
