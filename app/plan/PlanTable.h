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

// The header and row rules shared by CSV and XLSX, one record at a time: the header (columns
// of PlanReader::csvHeader(), any order) first, then every other record becomes a row of
// result->plan, or issues.
class PlanTableReader
{
public:
    explicit PlanTableReader(PlanReadResult *result)
        : m_result(result)
    {}

    // False when the header has issues (in result); then no record may follow.
    bool readHeader(const PlanTableRecord &header);
    void readRecord(const PlanTableRecord &record);

private:
    PlanReadResult *m_result;
    QStringList m_header;
    QMap<QString, int> m_columns;        // shared by every row
    QList<QString PlanRow::*> m_members; // per column
};

// readHeader(records.first()), then readRecord() of the others. records must not be empty.
void readPlanTable(const QList<PlanTableRecord> &records, PlanReadResult *result);

} // namespace billing
