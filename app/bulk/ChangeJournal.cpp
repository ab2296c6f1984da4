#include "ChangeJournal.h"

#include "BulkLog.h"
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

namespace billing {
namespace {
const QString kFormat = QStringLiteral("billing-desk.journal");

// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ChangeJournal)
};

// The members SettlementChange::toJson(true) writes.
void appendChange(QByteArray &out, const SettlementChange &change)
{
    out += "{\"workspaceId\":";
    WorkspaceJson::appendString(out, change.workspaceId);
    out += ",\"method\":";
    WorkspaceJson::appendString(out, toWire(change.method));
    if (change.method == SettlementMethod::Aliyun) {
        out += ",\"aliyunAccountId\":";
        WorkspaceJson::appendString(out, change.aliyunAccountId);
        out += ",\"instanceId\":";
        WorkspaceJson::appendString(out, change.instanceId);
    }
    if (change.expectedVersion)
        out += ",\"expectedVersion\":" + QByteArray::number(*change.expectedVersion);
    out += '}';
}

// The members toJson(const Settlement &) writes.
void appendSettlement(QByteArray &out, const Settlement &settlement)
{
    out += "{\"method\":";
    WorkspaceJson::appendString(out, toWire(settlement.method));
    out += ",\"since\":";
    WorkspaceJson::appendTime(out, settlement.since);
    if (settlement.method == SettlementMethod::Aliyun) {
        out += ",\"aliyunAccountId\":";
        WorkspaceJson::appendString(out, settlement.aliyunAccountId);
        out += ",\"instanceId\":";
        WorkspaceJson::appendString(out, settlement.instanceId);
    }
    out += '}';
}

std::optional<SettlementChange> changeFromJson(const QJsonObject &object)
{
    SettlementChange change;
    change.workspaceId = object.value(u"workspaceId").toString();
    const auto method = settlementMethodFromWire(object.value(u"method").toString());
    if (change.workspaceId.isEmpty() || !method)
        return std::nullopt;
    change.method = *method;
    change.aliyunAccountId = object.value(u"aliyunAccountId").toString();
    change.instanceId = object.value(u"instanceId").toString();
    if (object.contains(u"expectedVersion"))
        change.expectedVersion = object.value(u"expectedVersion").toInteger();
    return change;
}

void appendEntry(QByteArray &out, const StagedChange &entry)
{
    out += "{\"target\":";
    appendChange(out, entry.target);
    out += ",\"name\":";
    WorkspaceJson::appendString(out, entry.workspaceName);
    out += ",\"site\":";
    WorkspaceJson::appendString(out, entry.site);
    out += ",\"original\":";
    appendSettlement(out, entry.original);
    out += ",\"originalVersion\":" + QByteArray::number(entry.originalVersion);
    out += ",\"state\":";
    WorkspaceJson::appendString(out, toWire(entry.state));
    if (entry.state == StagedState::Rejected) // rare: the general writer is fine
        out += ",\"error\":" + QJsonDocument(entry.error.toJson()).toJson(QJsonDocument::Compact);
    out += '}';
}

std::optional<StagedChange> entryFromJson(const QJsonObject &object)
{
    StagedChange entry;
    const auto target = changeFromJson(object.value(u"target").toObject());
    const auto original = settlementFromJson(object.value(u"original").toObject());
    const auto state = stagedStateFromWire(object.value(u"state").toString());
    if (!target || !original || !state)
        return std::nullopt;
    entry.target = *target;
    entry.workspaceName = object.value(u"name").toString();
    entry.site = object.value(u"site").toString();
    entry.original = *original;
    entry.originalVersion = object.value(u"originalVersion").toInteger();
    entry.state = *state;
    if (entry.state == StagedState::Rejected)
        entry.error = ApiError::fromJson(object.value(u"error").toObject());
    return entry;
}
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
}

bool ChangeJournal::exists() const
{
    return QFile::exists(m_path);
}

// Written as text: the engine saves the journal before every chunk it sends, and building
// 10 000 staged rows as QJsonObjects each time cost more than sending them (issue 8).
QByteArray ChangeJournal::toJson(const JournalContents &contents)
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
    json += ",\n\"entries\":[";
    for (qsizetype i = 0; i < contents.entries.size(); ++i) {
        json += i == 0 ? "\n" : ",\n";
        appendEntry(json, contents.entries.at(i));
    }
    json += "],\n\"unconfirmedChunks\":[";
    for (qsizetype i = 0; i < contents.unconfirmed.size(); ++i) {
        const JournalChunk &chunk = contents.unconfirmed.at(i);
        json += i == 0 ? "\n{\"idempotencyKey\":" : ",\n{\"idempotencyKey\":";
        WorkspaceJson::appendString(json, QString::fromLatin1(chunk.idempotencyKey));
        json += ",\"state\":\"sending\",\"sentAt\":";
        WorkspaceJson::appendTime(json, chunk.sentAt);
        json += ",\"changes\":[";
        for (qsizetype c = 0; c < chunk.changes.size(); ++c) {
            json += c == 0 ? "\n" : ",\n";
            appendChange(json, chunk.changes.at(c));
        }
        json += "]}";
    }
    json += "]}\n";
    return json;
}

std::optional<JournalContents> ChangeJournal::fromJson(const QByteArray &json, QString *error)
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
    for (const QJsonValue &value : root.value(u"entries").toArray()) {
        if (auto entry = entryFromJson(value.toObject()))
            contents.entries.append(std::move(*entry));
        else
            qCWarning(lcBulk) << "journal: skipping an unreadable entry";
    }
    for (const QJsonValue &value : root.value(u"unconfirmedChunks").toArray()) {
        const QJsonObject object = value.toObject();
        JournalChunk chunk;
        chunk.idempotencyKey = object.value(u"idempotencyKey").toString().toLatin1();
        chunk.sentAt = rfc3339::parse(object.value(u"sentAt").toString());
        bool complete = !chunk.idempotencyKey.isEmpty();
        for (const QJsonValue &change : object.value(u"changes").toArray()) {
            auto parsed = changeFromJson(change.toObject());
            complete = complete && parsed.has_value();
            if (parsed)
                chunk.changes.append(std::move(*parsed));
        }
        // A chunk must be re-sent byte for byte as it was, or not at all.
        if (complete && !chunk.changes.isEmpty())
            contents.unconfirmed.append(std::move(chunk));
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
    return fromJson(file.readAll(), error);
}

bool ChangeJournal::save(const JournalContents &contents, QString *error)
{
    if (contents.isEmpty())
        return remove(error);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
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
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = toJson(contents);
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
    return true;
}

bool ChangeJournal::remove(QString *error)
{
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return true;
    if (error)
        *error = Text::tr("Cannot remove the journal %1.").arg(m_path);
    return false;
}

} // namespace billing
