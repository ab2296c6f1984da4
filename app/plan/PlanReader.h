#pragma once

#include "Plan.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace billing {

struct PlanReadResult {
    Plan plan;
    QList<PlanIssue> issues; // the file's shape: syntax, header, format and version
    QString encoding;        // CSV: what the bytes were read as ("UTF-8", "GB18030", ...)
    char separator = 0;      // CSV: ',', ';' or '\t' once found in the header

    bool ok() const { return issues.isEmpty(); }
    // CSV: "GB18030, separated by semicolons" (translated); empty for other formats.
    QString csvText() const;
};

// Reads a plan in the export format of issue 6 (docs/plan-format.md):
//  - JSON {"format":"billing-desk.workspaces","version":1,"exportedAt","server","username",
//    "workspaces":[{"id","name","site","language","settlement":{…},"status"}]};
//  - CSV (RFC 4180, through libcsv) with the header id,name,site,language,method,
//    aliyun_account_id,huawei_account_id,instance_id,subscription_id,status (any column
//    order; huawei_account_id and subscription_id may be missing, as in files written
//    before they existed), in UTF-8, UTF-16 or GB18030 (PlanTextDecoder) and separated by
//    ',', ';' or tabs (CsvSeparator), as spreadsheets save it;
//  - XLSX (Excel, WPS, LibreOffice): the sheet kXlsxSheet, else the first sheet, as the rows
//    of a CSV plan (PlanXlsxReader.cpp; the line of an issue is the sheet's row number).
// A UTF-8 byte order mark and CRLF line ends are accepted. Reading checks the shape only;
// PlanValidator checks the values and PlanDiff compares with the server.
class PlanReader
{
public:
    static const QString kFormat; // "billing-desk.workspaces"
    static constexpr int kVersion = 1;
    // Limits (README, "Limits"): a JSON export of 100 000 workspaces is about 25 MB. A file
    // over them is refused as a whole, before anything is staged.
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr qsizetype kMaxRows = 250000;
    static const QStringList &csvHeader();
    // The columns a CSV plan must have: csvHeader() without those added later.
    static const QStringList &requiredCsvColumns();
    // The sheet an .xlsx plan is read from when the workbook has one of that name (the
    // export's); else its first sheet.
    static const QString kXlsxSheet; // "Workspaces"

    PlanReadResult readFile(const QString &path) const;
    // A zip archive ("PK\3\4") is XLSX; else the format follows the first character after a
    // BOM and white space ('{' or '[': JSON).
    PlanReadResult read(const QByteArray &data) const;
    PlanReadResult readJson(const QByteArray &data) const;
    PlanReadResult readCsv(const QByteArray &data) const;
    PlanReadResult readXlsx(const QByteArray &data) const;

private:
    PlanReadResult readAny(const QByteArray &data) const; // read() without the row limit
};

} // namespace billing
