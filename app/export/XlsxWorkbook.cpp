#include "XlsxWorkbook.h"

#include "AtomicFile.h"
#include "DisplayWidth.h"
#include "ExportLog.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <xlsxwriter.h>

#include <algorithm>

namespace billing {
namespace {
constexpr qsizetype kMinColumnWidth = 8;
constexpr qsizetype kMaxColumnWidth = 60;

lxw_row_t rowOf(int row)
{
    return static_cast<lxw_row_t>(row);
}

lxw_col_t columnOf(int column)
{
    return static_cast<lxw_col_t>(column);
}

// How wide "1234567.5" shows as #,##0.00: the digits, a separator per three, two places.
qsizetype groupedWidth(const QString &decimal, int minPlaces)
{
    const qsizetype point = decimal.indexOf(u'.');
    const qsizetype whole = point < 0 ? decimal.size() : point;
    const qsizetype places = point < 0 ? 0 : decimal.size() - point - 1;
    const qsizetype shown = std::max<qsizetype>(places, minPlaces);
    return whole + std::max<qsizetype>(0, (whole - 1) / 3) + (shown > 0 ? shown + 1 : 0);
}
} // namespace

XlsxWorkbook::XlsxWorkbook()
{
    if (!m_scratch.isValid()) {
        fail(tr("no temporary folder for the workbook (%1)").arg(m_scratch.errorString()));
        return;
    }
    m_path = m_scratch.filePath(QStringLiteral("export.xlsx"));
    m_scratchPath = QFile::encodeName(m_scratch.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = m_scratchPath.data(); // libxlsxwriter's own scratch files too
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_path).constData(), &options);
    if (!m_workbook) {
        fail(tr("the workbook could not be made (%1)")
                 .arg(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED))));
        return;
    }
    const auto add = [this](Style style, const char *numberFormat, bool bold) {
        lxw_format *format = workbook_add_format(m_workbook);
        if (bold)
            format_set_bold(format);
        if (numberFormat)
            format_set_num_format(format, numberFormat);
        m_styles[style] = format;
    };
    add(Header, nullptr, true);
    add(Bold, nullptr, true);
    add(Id, "@", false);
    add(Money, "#,##0.00", false);
    add(Price, "#,##0.00####", false);
    add(Date, "yyyy-mm-dd", false);
    add(Time, "yyyy-mm-dd hh:mm:ss", false);
}

XlsxWorkbook::~XlsxWorkbook()
{
    // Not finished (an error on the way): free it without writing anything.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

XlsxSheetWriter *XlsxWorkbook::addSheet(const QString &name)
{
    if (!m_workbook)
        return nullptr;
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!sheet) {
        fail(tr("the sheet %1 could not be added").arg(name));
        return nullptr;
    }
    m_sheets.push_back(std::unique_ptr<XlsxSheetWriter>(new XlsxSheetWriter(*this, sheet, name)));
    return m_sheets.back().get();
}

QByteArray XlsxWorkbook::finish(QString *problem)
{
    if (m_workbook && m_problem.isEmpty()) {
        const lxw_error closed = workbook_close(m_workbook); // frees it, written or not
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR)
            fail(tr("the workbook could not be made (%1)")
                     .arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    QByteArray bytes;
    if (m_problem.isEmpty()) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        if (bytes.isEmpty())
            fail(tr("the workbook could not be read back (%1)").arg(file.errorString()));
    }
    if (problem)
        *problem = m_problem;
    return m_problem.isEmpty() ? bytes : QByteArray();
}

void XlsxWorkbook::fail(const QString &problem)
{
    if (!m_problem.isEmpty())
        return;
    m_problem = problem;
    qCWarning(lcExport) << "xlsx:" << problem;
}

void XlsxSheetWriter::writeHeader(const QStringList &labels)
{
    m_columns = std::max(m_columns, int(labels.size()));
    for (int c = 0; c < labels.size(); ++c) {
        if (startCell(0, c, displayWidth(labels.at(c))))
            check(worksheet_write_string(m_sheet, 0, columnOf(c), labels.at(c).toUtf8().constData(),
                                         m_workbook->style(XlsxWorkbook::Header)));
    }
}

void XlsxSheetWriter::writeText(int row, int column, const QString &text)
{
    if (!text.isEmpty() && startCell(row, column, displayWidth(text)))
        check(worksheet_write_string(m_sheet, rowOf(row), columnOf(column),
                                     text.toUtf8().constData(), nullptr));
}

void XlsxSheetWriter::writeBold(int row, int column, const QString &text)
{
    if (!text.isEmpty() && startCell(row, column, displayWidth(text)))
        check(worksheet_write_string(m_sheet, rowOf(row), columnOf(column),
                                     text.toUtf8().constData(),
                                     m_workbook->style(XlsxWorkbook::Bold)));
}

void XlsxSheetWriter::writeId(int row, int column, const QString &id)
{
    if (!m_idColumns.contains(column))
        m_idColumns.append(column);
    if (!id.isEmpty() && startCell(row, column, displayWidth(id)))
        check(worksheet_write_string(m_sheet, rowOf(row), columnOf(column), id.toUtf8().constData(),
                                     m_workbook->style(XlsxWorkbook::Id)));
}

void XlsxSheetWriter::writeDecimal(int row, int column, const QString &decimal, Number kind)
{
    bool ok = false;
    // The only place an exact decimal becomes a double: amounts have two places and stay far
    // below 2^53 cents, prices six places, quantities four, all within a double's 15
    // significant digits, so the nearest double shows as the very same decimal in Excel
    // (libxlsxwriter stores it with 16 digits: 0.56 as "0.5600000000000001", which reads
    // back as that same double). Sums are never made from these doubles; totals are written
    // from exact cents.
    const double value = QLocale::c().toDouble(decimal, &ok);
    if (!ok) {
        writeText(row, column, decimal);
        return;
    }
    const XlsxWorkbook::Style style = kind == Number::Money   ? XlsxWorkbook::Money
                                      : kind == Number::Price ? XlsxWorkbook::Price
                                                              : XlsxWorkbook::StyleCount;
    const qsizetype width = kind == Number::Plain ? decimal.size() : groupedWidth(decimal, 2);
    if (startCell(row, column, width))
        check(worksheet_write_number(m_sheet, rowOf(row), columnOf(column), value,
                                     style == XlsxWorkbook::StyleCount ? nullptr
                                                                       : m_workbook->style(style)));
}

void XlsxSheetWriter::writeDate(int row, int column, const QDate &date)
{
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999 || !startCell(row, column, 10))
        return;
    lxw_datetime cell{date.year(), date.month(), date.day(), 0, 0, 0.0};
    check(worksheet_write_datetime(m_sheet, rowOf(row), columnOf(column), &cell,
                                   m_workbook->style(XlsxWorkbook::Date)));
}

void XlsxSheetWriter::writeUtcTime(int row, int column, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 1900 || date.year() > 9999 || !startCell(row, column, 19))
        return;
    const QTime clock = utc.time();
    // Whole seconds, as the CSV writes the time (RFC 3339 without fractions).
    lxw_datetime cell{date.year(),  date.month(),   date.day(),
                      clock.hour(), clock.minute(), double(clock.second())};
    check(worksheet_write_datetime(m_sheet, rowOf(row), columnOf(column), &cell,
                                   m_workbook->style(XlsxWorkbook::Time)));
}

void XlsxSheetWriter::finishTable(int lastDataRow)
{
    if (!m_workbook->m_problem.isEmpty())
        return;
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (m_columns > 0)
        check(worksheet_autofilter(m_sheet, 0, 0, rowOf(std::max(lastDataRow, 0)),
                                   columnOf(m_columns - 1)));
    fitColumns();
}

void XlsxSheetWriter::fitColumns()
{
    for (int c = 0; c < m_widths.size() && m_workbook->m_problem.isEmpty(); ++c) {
        const qsizetype width = std::clamp(m_widths.at(c) + 2, kMinColumnWidth, kMaxColumnWidth);
        // An ID column stays text for values typed in later too.
        lxw_format *format =
            m_idColumns.contains(c) ? m_workbook->style(XlsxWorkbook::Id) : nullptr;
        check(worksheet_set_column(m_sheet, columnOf(c), columnOf(c), double(width), format));
    }
}

bool XlsxSheetWriter::startCell(int row, int column, qsizetype width)
{
    if (!m_workbook->m_problem.isEmpty())
        return false;
    if (row >= XlsxWorkbook::kMaxRows) {
        m_workbook->fail(
            XlsxWorkbook::tr("the sheet %1 needs more than %2 rows, the most an Excel sheet "
                             "holds; export as CSV instead")
                .arg(m_name, QLocale().toString(XlsxWorkbook::kMaxRows)));
        return false;
    }
    if (column >= m_widths.size())
        m_widths.resize(column + 1, 0);
    m_widths[column] = std::max(m_widths.at(column), width);
    m_columns = std::max(m_columns, column + 1);
    return true;
}

void XlsxSheetWriter::check(int error)
{
    if (error != LXW_NO_ERROR)
        m_workbook->fail(XlsxWorkbook::tr("the sheet %1 cannot take a cell (%2)")
                             .arg(m_name, QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

bool isIdColumn(QStringView column)
{
    return column == u"id" || column.endsWith(u"_id");
}

bool writeXlsxAtomically(const QString &path, const QByteArray &workbook, const QString &problem,
                         QString *error, const std::atomic_bool *cancelled)
{
    if (!workbook.isEmpty() || (cancelled && cancelled->load()))
        return writeFileAtomically(path, workbook, error, cancelled);
    // The sentence the other exports give for a cause they cannot name more precisely.
    const QString message =
        QCoreApplication::translate("billing::WorkspaceExport", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), problem);
    qCWarning(lcExport) << "export failed:" << message;
    if (error)
        *error = message;
    return false;
}

} // namespace billing
