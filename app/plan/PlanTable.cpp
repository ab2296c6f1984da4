#include "PlanTable.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

// The member of PlanRow that holds a table column, or nothing.
QString PlanRow::*memberOf(const QString &column)
{
    using Field = SettlementBinding::Field;
    static const QList<std::pair<QString, QString PlanRow::*>> members{
        {QStringLiteral("id"), &PlanRow::id},
        {QStringLiteral("name"), &PlanRow::name},
        {QStringLiteral("site"), &PlanRow::site},
        {QStringLiteral("language"), &PlanRow::language},
        {QStringLiteral("method"), &PlanRow::method},
        {PlanRow::columnOf(Field::AliyunAccountId), &PlanRow::aliyunAccountId},
        {PlanRow::columnOf(Field::HuaweiAccountId), &PlanRow::huaweiAccountId},
        {PlanRow::columnOf(Field::InstanceId), &PlanRow::instanceId},
        {PlanRow::columnOf(Field::SubscriptionId), &PlanRow::subscriptionId},
        {QStringLiteral("status"), &PlanRow::status}};
    for (const auto &[name, member] : members) {
        if (name == column)
            return member;
    }
    return nullptr;
}
} // namespace

QString planColumnName(const QString &headerCell)
{
    return headerCell.trimmed().toLower();
}

bool PlanTableReader::readHeader(const PlanTableRecord &record)
{
    for (const QString &name : record.cells)
        m_header.append(planColumnName(name));
    const int headerLine = record.line;
    QStringList missing;
    for (const QString &name : PlanReader::requiredCsvColumns()) {
        if (!m_header.contains(name))
            missing.append(name);
    }
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (!PlanReader::csvHeader().contains(m_header.at(i))
            || m_header.indexOf(m_header.at(i)) != i)
            m_result->issues.append(
                {headerLine, int(i) + 1, m_header.at(i),
                 Text::tr("unknown or repeated column \"%1\"").arg(m_header.at(i))});
    }
    if (!missing.isEmpty())
        m_result->issues.append(
            {headerLine,
             1,
             {},
             Text::tr("missing columns: %1 (the header is %2)")
                 .arg(missing.join(u", "), PlanReader::csvHeader().join(u','))});
    if (!m_result->issues.isEmpty())
        return false;
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        m_columns.insert(m_header.at(c), int(c) + 1);
        m_members.append(memberOf(m_header.at(c)));
    }
    return true;
}

void PlanTableReader::readRecord(const PlanTableRecord &record)
{
    PlanRow row;
    row.line = record.line;
    row.columns = m_columns;
    if (record.cells.size() != m_header.size()) {
        m_result->issues.append({row.line,
                                 int(std::min(record.cells.size(), m_header.size())) + 1,
                                 {},
                                 Text::tr("%1 fields where the header has %2")
                                     .arg(record.cells.size())
                                     .arg(m_header.size())});
        return;
    }
    bool rowOk = true;
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        if (record.problems.contains(c)) {
            m_result->issues.append(row.issue(m_header.at(c), record.problems.value(c)));
            rowOk = false;
        }
        row.*m_members.at(c) = record.cells.at(c);
    }
    if (row.id.trimmed().isEmpty()) {
        m_result->issues.append(
            row.issue(QStringLiteral("id"), Text::tr("the workspace id is missing")));
        rowOk = false;
    }
    if (rowOk)
        m_result->plan.rows.append(std::move(row));
}

void readPlanTable(const QList<PlanTableRecord> &records, PlanReadResult *result)
{
    PlanTableReader reader(result);
    if (!reader.readHeader(records.first()))
        return;
    for (qsizetype r = 1; r < records.size(); ++r)
        reader.readRecord(records.at(r));
}

} // namespace billing
