// PlanReader::readXlsx: the sheet of an .xlsx workbook as the rows of a CSV plan.
#include "PlanReader.h"

#include "PlanLog.h"
#include "PlanTable.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

// Unpacked, a sheet of 250 000 rows is about 100 MB of XML.
constexpr qint64 kMaxUnpackedBytes = 4 * PlanReader::kMaxFileBytes;

// Excel keeps 15 significant digits: an integer below 10^15 is the one that was typed.
std::optional<QString> exactInteger(double number)
{
    if (!std::isfinite(number) || number != std::trunc(number) || std::abs(number) >= 1e15)
        return std::nullopt;
    return QString::number(qint64(number));
}

QString textOf(const XlsxCell &cell)
{
    if (cell.type != XlsxCell::Type::Number)
        return cell.text;
    if (const std::optional<QString> integer = exactInteger(cell.number))
        return *integer;
    return QString::number(cell.number, 'g', QLocale::FloatingPointShortest);
}

// Why a number in an ID column is not the ID that was typed, or nothing.
QString numericIdProblem(const XlsxCell &cell, const QString &column, int row)
{
    if (cell.type != XlsxCell::Type::Number || exactInteger(cell.number)
        || cell.number != std::trunc(cell.number)) // 12.5, inf: its text, which validation refuses
        return {};
    const QString where = xlsx::columnName(cell.column) + QString::number(row);
    if (column == PlanRow::columnOf(SettlementBinding::Field::AliyunAccountId)
        || column == PlanRow::columnOf(SettlementBinding::Field::HuaweiAccountId))
        return Text::tr(
                   "%1: the spreadsheet stored the account ID as a number (%2) and lost its last "
                   "digits; format the column as Text and type the ID again")
            .arg(where, cell.text);
    if (column == PlanRow::columnOf(SettlementBinding::Field::InstanceId))
        return Text::tr(
                   "%1: the spreadsheet stored the instance ID as a number (%2) and lost its last "
                   "digits; format the column as Text and type the ID again")
            .arg(where, cell.text);
    if (column == PlanRow::columnOf(SettlementBinding::Field::SubscriptionId))
        return Text::tr(
                   "%1: the spreadsheet stored the subscription ID as a number (%2) and lost its "
                   "last digits; format the column as Text and type the ID again")
            .arg(where, cell.text);
    return {};
}

bool isBlank(const XlsxRow &row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(), [](const XlsxCell &cell) {
        return cell.type != XlsxCell::Type::Number && cell.text.trimmed().isEmpty();
    });
}

// The rows of the sheet as the records of a plan table, one by one as the sheet is parsed:
// the first row that is not blank is the header, and its last named column is the table's
// width.
class SheetTable
{
public:
    explicit SheetTable(PlanReadResult *result)
        : m_table(result)
    {}

    bool isEmpty() const { return !m_hasHeader; }

    void add(const XlsxRow &row)
    {
        if (isBlank(row) || (m_hasHeader && !m_headerOk))
            return;
        m_record.line = row.number;
        if (!m_hasHeader) {
            readHeader(row);
            return;
        }
        m_record.cells.fill(QString(), m_header.size()); // keeps the list's capacity
        m_record.problems.clear();
        bool beyondHeader = false;
        for (const XlsxCell &cell : row.cells) {
            QString text = textOf(cell);
            if (cell.column >= m_header.size()) {
                beyondHeader = beyondHeader || !text.trimmed().isEmpty();
                continue;
            }
            const QString problem = numericIdProblem(cell, m_header.at(cell.column), row.number);
            if (!problem.isEmpty())
                m_record.problems.insert(cell.column, problem);
            m_record.cells[cell.column] = std::move(text);
        }
        if (beyondHeader) // a value right of the header: the row's field count is reported
            m_record.cells.append(QString());
        m_table.readRecord(m_record);
    }

private:
    void readHeader(const XlsxRow &row)
    {
        m_hasHeader = true;
        int width = 0;
        for (const XlsxCell &cell : row.cells) {
            if (!textOf(cell).trimmed().isEmpty())
                width = std::max(width, cell.column + 1);
        }
        m_record.cells.resize(width);
        for (const XlsxCell &cell : row.cells) {
            if (cell.column < width)
                m_record.cells[cell.column] = textOf(cell);
        }
        for (const QString &name : std::as_const(m_record.cells))
            m_header.append(planColumnName(name));
        m_headerOk = m_table.readHeader(m_record);
    }

    PlanTableReader m_table;
    PlanTableRecord m_record; // the row being read, kept for its capacity
    QStringList m_header;     // column names
    bool m_hasHeader = false;
    bool m_headerOk = false;
};

PlanReadResult unreadable(const QString &message)
{
    PlanReadResult result;
    result.plan.format = Plan::Format::Xlsx;
    result.issues.append({0, 0, {}, message});
    return result;
}
} // namespace

const QString PlanReader::kXlsxSheet = QStringLiteral("Workspaces");

PlanReadResult PlanReader::readXlsx(const QByteArray &data) const
{
    const qsizetype maxRows = kMaxRows + 1; // and the header
    XlsxReader reader(data, {kMaxUnpackedBytes, maxRows * csvHeader().size(), maxRows});
    if (!reader.isOpen())
        return unreadable(Text::tr("cannot read the workbook: %1").arg(reader.errorString()));
    const QStringList sheets = reader.sheetNames();
    if (sheets.isEmpty())
        return unreadable(Text::tr("the workbook has no worksheet"));
    const qsizetype named = sheets.indexOf(kXlsxSheet);
    const QString name = named >= 0 ? kXlsxSheet : sheets.first();
    PlanReadResult result;
    result.plan.format = Plan::Format::Xlsx;
    // Rows become plan rows as the sheet is parsed; the sheet is never held whole.
    SheetTable table(&result);
    if (!reader.readSheetRows(name, [&table](const XlsxRow &row) { table.add(row); }))
        return unreadable(Text::tr("cannot read the workbook: %1").arg(reader.errorString()));
    if (table.isEmpty()) {
        result.issues.append({1,
                              1,
                              {},
                              Text::tr("sheet \"%1\" is empty; expected the header %2 in its "
                                       "first row")
                                  .arg(name, csvHeader().join(u','))});
        return result;
    }
    qCDebug(lcPlan) << "XLSX plan, sheet" << name << ":" << result.plan.rows.size() << "rows,"
                    << result.issues.size() << "issues";
    return result;
}

} // namespace billing
