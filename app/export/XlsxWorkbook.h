#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace billing {

class XlsxWorkbook;

// One sheet of an XlsxWorkbook, written row by row. Every cell type the exports need has
// its own call, so an ID can never become a number and money never a float sum. The first
// failed write is kept; the workbook reports it when it is finished.
class XlsxSheetWriter
{
public:
    // The header row (bold) at row 0.
    void writeHeader(const QStringList &labels);
    // A string cell, never a number, whatever it looks like.
    void writeText(int row, int column, const QString &text);
    // An ID ("6227091", "ws_…"): a string cell formatted as text ("@"), so that editing it in
    // Excel keeps it a string too.
    void writeId(int row, int column, const QString &id);
    // An exact decimal of the wire ("1234.50") as a number: #,##0.00 for amounts,
    // #,##0.00#### for unit prices (up to six places), General for quantities and units.
    enum class Number { Money, Price, Plain };
    void writeDecimal(int row, int column, const QString &decimal, Number kind);
    // A real Excel date (yyyy-mm-dd) or date and time in UTC (yyyy-mm-dd hh:mm:ss); an
    // invalid one leaves the cell empty.
    void writeDate(int row, int column, const QDate &date);
    void writeUtcTime(int row, int column, const QDateTime &time);
    // A bold string (a section title or a total row's label).
    void writeBold(int row, int column, const QString &text);

    // The header row frozen, an autofilter over the header and the rows 1..lastDataRow, and
    // every column as wide as its widest cell (capped).
    void finishTable(int lastDataRow);
    // Only the column widths (a sheet holding several small tables).
    void fitColumns();

private:
    friend class XlsxWorkbook;
    XlsxSheetWriter(XlsxWorkbook &workbook, lxw_worksheet *sheet, const QString &name)
        : m_workbook(&workbook)
        , m_sheet(sheet)
        , m_name(name)
    {}

    bool startCell(int row, int column, qsizetype width);
    void check(int error);

    XlsxWorkbook *m_workbook;
    lxw_worksheet *m_sheet;
    QString m_name;
    QList<qsizetype> m_widths; // in characters, per column
    QList<int> m_idColumns;
    int m_columns = 0;
};

// A thin owner of an lxw_workbook: libxlsxwriter writes to a file name, so the workbook
// goes to a private scratch folder (0700, removed with this object) and finish() hands
// back its bytes; the exports then write those through writeFileAtomically() like every
// other format, so the target is only ever replaced by a complete file.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(billing::XlsxWorkbook)

public:
    XlsxWorkbook();
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Null when the workbook could not be made (finish() then says why). The sheet lives as
    // long as the workbook.
    XlsxSheetWriter *addSheet(const QString &name);
    // Closes the workbook and returns the file's bytes; empty, with *problem (translated,
    // to follow "Cannot write FILE: "), when anything failed.
    QByteArray finish(QString *problem);

    // An Excel sheet's last row is 1 048 576.
    static constexpr int kMaxRows = 1048576;

private:
    friend class XlsxSheetWriter;
    enum Style { Header, Bold, Id, Money, Price, Date, Time, StyleCount };
    lxw_format *style(Style style) const { return m_styles[style]; }
    void fail(const QString &problem);

    QTemporaryDir m_scratch;
    QString m_path;
    QByteArray m_scratchPath; // libxlsxwriter keeps the pointer until it closes
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_styles[StyleCount] = {};
    std::vector<std::unique_ptr<XlsxSheetWriter>> m_sheets;
    QString m_problem;
};

// A column of the exports' CSV that holds an ID ("id", "workspace_id", "payer_id",
// "aliyun_account_id", "request_id", …): always written as text.
bool isIdColumn(QStringView column);

// writeFileAtomically() for a workbook's bytes; when the workbook could not be made (empty
// bytes), nothing is written and *error says "Cannot write PATH: <problem>".
bool writeXlsxAtomically(const QString &path, const QByteArray &workbook, const QString &problem,
                         QString *error, const std::atomic_bool *cancelled);

} // namespace billing
