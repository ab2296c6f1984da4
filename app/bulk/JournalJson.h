#pragma once

#include "ChangeJournal.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The JSON of the change journal's parts, shared by the journal file and its log.
namespace billing::JournalJson {

void appendEntry(QByteArray &out, const StagedChange &entry);
std::optional<StagedChange> entryFromJson(const QJsonObject &object);

std::optional<SettlementChange> changeFromJson(const QJsonObject &object);

// {"idempotencyKey","state":"sending","sentAt","changes":[…]}
void appendChunk(QByteArray &out, const JournalChunk &chunk, bool oneLine = false);
// A chunk must be re-sent byte for byte as it was, or not at all: nullopt unless complete.
std::optional<JournalChunk> chunkFromJson(const QJsonObject &object);

} // namespace billing::JournalJson
