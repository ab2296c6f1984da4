#include "PlanTable.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

// The language's names for the table columns of PlanRow.
QString *fieldOf(PlanRow &row, const QString &column)
{
    if (column == u"id")
        return &row.id;
    if (column == u"name")
        return &row.name;
    if (column == u"site")
        return &row.site;
    if (column == u"language")
        return &row.language;
    if (column == u"method")
        return &row.method;
    for (const SettlementBinding::Field field : SettlementBinding::allFields()) {
        if (column == PlanRow::columnOf(field))
            return row.bindingField(field);
    }
    if (column == u"status")
        return &row.status;
    return nullptr;
}
} // namespace

QString planColumnName(const QString &headerCell)
{
    return headerCell.trimmed().toLower();
}

void readPlanTable(const QList<PlanTableRecord> &records, PlanReadResult *result)
{
    QStringList header;
    for (const QString &name : records.first().cells)
        header.append(planColumnName(name));
    const int headerLine = records.first().line;
    QStringList missing;
    for (const QString &name : PlanReader::requiredCsvColumns()) {
        if (!header.contains(name))
            missing.append(name);
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!PlanReader::csvHeader().contains(header.at(i)) || header.indexOf(header.at(i)) != i)
            result->issues.append(
                {headerLine, int(i) + 1, header.at(i),
                 Text::tr("unknown or repeated column \"%1\"").arg(header.at(i))});
    }
    if (!missing.isEmpty())
        result->issues.append({headerLine,
                               1,
                               {},
                               Text::tr("missing columns: %1 (the header is %2)")
                                   .arg(missing.join(u", "), PlanReader::csvHeader().join(u','))});
    if (!result->issues.isEmpty())
        return;

    for (qsizetype r = 1; r < records.size(); ++r) {
        const PlanTableRecord &record = records.at(r);
        PlanRow row;
        row.line = record.line;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.columns.insert(header.at(c), int(c) + 1);
        if (record.cells.size() != header.size()) {
            result->issues.append({row.line,
                                   int(std::min(record.cells.size(), header.size())) + 1,
                                   {},
                                   Text::tr("%1 fields where the header has %2")
                                       .arg(record.cells.size())
                                       .arg(header.size())});
            continue;
        }
        bool rowOk = true;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (record.problems.contains(c)) {
                result->issues.append(row.issue(header.at(c), record.problems.value(c)));
                rowOk = false;
            }
            *fieldOf(row, header.at(c)) = record.cells.at(c);
        }
        if (row.id.trimmed().isEmpty()) {
            result->issues.append(
                row.issue(QStringLiteral("id"), Text::tr("the workspace id is missing")));
            rowOk = false;
        }
        if (rowOk)
            result->plan.rows.append(row);
    }
}

} // namespace billing
