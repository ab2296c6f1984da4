#include "JournalJson.h"

#include "Rfc3339.h"
#include "WorkspaceJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace billing::JournalJson {
namespace {
// The members toJson(const Settlement &) writes.
void appendSettlement(QByteArray &out, const Settlement &settlement)
{
    out += "{\"method\":";
    WorkspaceJson::appendString(out, toWire(settlement.method));
    out += ",\"since\":";
    WorkspaceJson::appendTime(out, settlement.since);
    WorkspaceJson::appendBinding(out, settlement);
    out += '}';
}

} // namespace

std::optional<SettlementChange> changeFromJson(const QJsonObject &object)
{
    SettlementChange change;
    change.workspaceId = object.value(u"workspaceId").toString();
    const auto method = settlementMethodFromWire(object.value(u"method").toString());
    if (change.workspaceId.isEmpty() || !method)
        return std::nullopt;
    change.method = *method;
    for (const SettlementBinding::Field field : SettlementBinding::allFields())
        change.setBinding(field, object.value(SettlementBinding::wireKey(field)).toString());
    if (object.contains(u"expectedVersion"))
        change.expectedVersion = object.value(u"expectedVersion").toInteger();
    return change;
}

void appendEntry(QByteArray &out, const StagedChange &entry)
{
    out += "{\"target\":";
    WorkspaceJson::appendChange(out, entry.target);
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

void appendChunk(QByteArray &out, const JournalChunk &chunk, bool oneLine)
{
    out += "{\"idempotencyKey\":";
    WorkspaceJson::appendString(out, QString::fromLatin1(chunk.idempotencyKey));
    out += ",\"state\":\"sending\",\"sentAt\":";
    WorkspaceJson::appendTime(out, chunk.sentAt);
    out += ",\"changes\":[";
    for (qsizetype c = 0; c < chunk.changes.size(); ++c) {
        if (c > 0)
            out += ',';
        if (!oneLine)
            out += '\n';
        WorkspaceJson::appendChange(out, chunk.changes.at(c));
    }
    out += "]}";
}

std::optional<JournalChunk> chunkFromJson(const QJsonObject &object)
{
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
    if (!complete || chunk.changes.isEmpty())
        return std::nullopt;
    return chunk;
}

} // namespace billing::JournalJson
