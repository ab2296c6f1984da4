#pragma once

#include "BillGroups.h"
#include "BillLine.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <optional>

namespace billing {

// The forms a bill is written in: a text table for a terminal, CSV, JSON or an Excel workbook
// (BillXlsx.h).
enum class BillFormat { Table, Csv, Json, Xlsx };

QString toWire(BillFormat format);
std::optional<BillFormat> billFormatFromWire(QStringView wire);

// What a bill export holds (docs/export.md): one month's bill lines, and where, as whom and
// when they were read. Never a password, a token or a key.
struct BillExportDocument {
    QUrl server;
    QString username;
    QString month; // "2026-11"
    BillGrouping grouping = BillGrouping::Payer;
    QDateTime exportedAt;
    QList<BillLine> lines; // in the server's order
    // When the lines were read from the server, if that was before the export (an export of
    // the offline copy); JSON writes it as "syncedAt".
    QDateTime syncedAt = {};

    // The lines' currency (an account has one); empty when the month has no lines.
    QString currency() const;
};

inline const QString kBillExportFormat = QStringLiteral("billing-desk.bill");
constexpr int kBillExportVersion = 1;

// Header row, one row per line or group, and for groups a total row; formula-safe.
QByteArray billToCsv(const BillExportDocument &document);
// {"format":"billing-desk.bill","version":1,"server","username","exportedAt","month",
//  "currency","by","total","rows":[…]} with bill lines as on the wire, or groups.
QByteArray billToJson(const BillExportDocument &document);
// Columns aligned for a terminal (wide CJK characters count twice), headed by translated
// labels, UTF-8.
QByteArray billToTable(const BillExportDocument &document);
// XLSX gives an empty array when the workbook could not be made.
QByteArray billTo(BillFormat format, const BillExportDocument &document);

// Writes atomically like writeExport(): a failed export leaves no partial file and keeps an
// old one; *error then holds a translated sentence naming the path and the cause.
bool writeBillExport(const QString &path, BillFormat format, const BillExportDocument &document,
                     QString *error, const std::atomic_bool *cancelled = nullptr);

} // namespace billing
