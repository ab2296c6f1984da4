#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <optional>

namespace billing {

enum class ExportFormat { Json, Csv, Xlsx };

// What an export holds: the workspaces, and where, as whom and when they were read.
// Never a password, a token or a key (docs/plan-format.md).
struct ExportDocument {
    QUrl server;
    QString username;
    QDateTime exportedAt;
    QList<Workspace> workspaces;
    // When the workspaces were read from the server, if that was before the export (an
    // offline export of the cache); JSON writes it as "syncedAt".
    QDateTime syncedAt = {};
};

// The JSON export: {"format":"billing-desk.workspaces","version":1,…} (docs/plan-format.md).
QByteArray exportToJson(const ExportDocument &document);
// The CSV export: RFC 4180 through libcsv's csv_write, UTF-8, CRLF, header row first.
QByteArray exportToCsv(const ExportDocument &document);
// The CSV record of a workspace, in the columns of PlanReader::csvHeader(): a binding field
// the method does not have is empty. The XLSX export writes the same cells.
QStringList workspaceCsvFields(const Workspace &workspace);
// XLSX (WorkspaceXlsx.h) gives an empty array when the workbook could not be made.
QByteArray exportTo(ExportFormat format, const ExportDocument &document);

// "json" / "csv" / "xlsx" and back; the file name suffix for a format.
QString toWire(ExportFormat format);
std::optional<ExportFormat> exportFormatFromWire(const QString &wire);

// Writes atomically (QSaveFile): on failure the old file, if any, is untouched, no partial
// file is left and *error holds a translated sentence naming the path and the cause.
// When *cancelled is set (from another thread) before the file is committed, nothing is
// written or changed and *error says the export was cancelled.
bool writeExport(const QString &path, ExportFormat format, const ExportDocument &document,
                 QString *error, const std::atomic_bool *cancelled = nullptr);

} // namespace billing
