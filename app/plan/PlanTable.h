#pragma once

#include "PlanReader.h"

#include <QMap>
#include <QStringList>

namespace billing {

// One record of a plan in table form (CSV, XLSX): its cells as text.
struct PlanTableRecord {
    int line = 0; // CSV: the line the record starts on; XLSX: the sheet's row number
    QStringList cells;
    QMap<qsizetype, QString> problems; // cell index -> why its text cannot be used
};

// A header cell as a column name: "  Instance_ID " -> "instance_id".
QString planColumnName(const QString &headerCell);

// The header and row rules shared by CSV and XLSX: records.first() is the header (columns of
// PlanReader::csvHeader(), any order); every other record becomes a row of result->plan, or
// issues. records must not be empty.
void readPlanTable(const QList<PlanTableRecord> &records, PlanReadResult *result);

} // namespace billing
