#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

namespace billing {

// Writes `bytes` to `path` atomically (QSaveFile, no direct-write fallback): on failure the
// old file, if any, is untouched, no partial file is left and *error holds a translated
// sentence naming the path and the cause (a folder, a missing folder, no permission, a full
// disk). When *cancelled is set (from another thread) before the file is committed, nothing
// is written or changed and *error says the export was cancelled.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         const std::atomic_bool *cancelled = nullptr);

// The sentence writeFileAtomically() gives for a cancelled export.
QString exportCancelledMessage();

} // namespace billing
