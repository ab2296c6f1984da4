#pragma once

#include "AuditFilter.h"
#include "SettlementEvent.h"
#include "WorkspaceExport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>

namespace billing {

// What an activity export holds (docs/export.md): the events of a period for auditors, and
// where, as whom and when they were read. Never a password, a token or a key.
struct ActivityExportDocument {
    QUrl server;
    QString username;
    AuditFilter filter; // the period (since inclusive, until exclusive) and any narrowing
    QDateTime exportedAt;
    QList<SettlementEvent> events; // as read: newest first
    // When the events were read from the server, if that was before the export (an export
    // of the offline copy); JSON writes it as "syncedAt".
    QDateTime syncedAt = {};
};

inline const QString kActivityExportFormat = QStringLiteral("billing-desk.activity");
constexpr int kActivityExportVersion = 1;

// {"format":"billing-desk.activity","version":1,…,"events":[SettlementEvent JSON…]}
QByteArray activityToJson(const ActivityExportDocument &document);
// One row per event under a header row (activityCsvHeader()), wire values, through libcsv.
QByteArray activityToCsv(const ActivityExportDocument &document);
QStringList activityCsvHeader();
// An event's CSV record, in the columns of activityCsvHeader(); the XLSX export writes the
// same cells.
QStringList activityCsvFields(const SettlementEvent &event);

// Writes atomically like writeExport(): a failed export leaves no partial file and keeps an
// old one; *error then holds a translated sentence naming the path and the cause.
bool writeActivityExport(const QString &path, ExportFormat format,
                         const ActivityExportDocument &document, QString *error,
                         const std::atomic_bool *cancelled = nullptr);

} // namespace billing
