#include "BillXlsx.h"

#include "BillSheet.h"
#include "ExactDecimal.h"
#include "XlsxWorkbook.h"

#include <utility>

namespace billing {
namespace {
// "amount (CNY)": the currency goes into the header of the money columns.
QStringList headerOf(const QStringList &columns, const QString &currency)
{
    QStringList header = columns;
    if (currency.isEmpty())
        return header;
    for (QString &column : header) {
        if (column == u"amount" || column == u"unit_price")
            column += QStringLiteral(" (") + currency + u')';
    }
    return header;
}

void writeCell(XlsxSheetWriter &sheet, int row, int c, const QString &column, const QString &text)
{
    if (column == u"day")
        sheet.writeDate(row, c, QDate::fromString(text, Qt::ISODate));
    else if (column == u"amount")
        sheet.writeDecimal(row, c, text, XlsxSheetWriter::Number::Money);
    else if (column == u"unit_price")
        sheet.writeDecimal(row, c, text, XlsxSheetWriter::Number::Price);
    else if (column == u"quantity" || column == u"unit")
        sheet.writeDecimal(row, c, text, XlsxSheetWriter::Number::Plain);
    else if (isIdColumn(column))
        sheet.writeId(row, c, text);
    else
        sheet.writeText(row, c, text);
}

// The table at `row` (its header there); returns the row after its last one.
int writeTable(XlsxSheetWriter &sheet, int row, const BillSheet &table, const QString &currency)
{
    const QStringList header = headerOf(table.columns, currency);
    for (int c = 0; c < header.size(); ++c)
        sheet.writeBold(row, c, header.at(c));
    for (const QStringList &cells : table.rows) {
        ++row;
        for (int c = 0; c < cells.size(); ++c)
            writeCell(sheet, row, c, table.columns.at(c), cells.at(c));
    }
    if (!table.totalRow.isEmpty()) {
        ++row;
        // The exact total (integer cents) as BillSheet wrote it for the CSV.
        for (int c = 0; c < table.totalRow.size(); ++c) {
            if (c == 0)
                sheet.writeBold(row, c, table.totalRow.at(c));
            else
                writeCell(sheet, row, c, table.columns.at(c), table.totalRow.at(c));
        }
    }
    return row + 1;
}

void writeBill(XlsxSheetWriter &sheet, const BillExportDocument &document)
{
    const QString currency = document.currency();
    const BillSheet table = BillSheet::of(document.lines, document.grouping, currency);
    writeTable(sheet, 0, table, currency);
    // The filter and a sort cover the rows, not the total below them.
    sheet.finishTable(int(table.rows.size()));
}

void writeSummary(XlsxSheetWriter &sheet, const BillExportDocument &document)
{
    const QString currency = document.currency();
    sheet.writeBold(0, 0, u"month"_qs);
    sheet.writeText(0, 1, document.month);
    sheet.writeBold(1, 0, headerOf({u"amount"_qs}, currency).constFirst());
    sheet.writeDecimal(1, 1, money::amountText(totalCents(document.lines)),
                       XlsxSheetWriter::Number::Money);
    int row = 3;
    for (const auto &[grouping, title] : {std::pair{BillGrouping::Payer, u"by payer"_qs},
                                          std::pair{BillGrouping::Item, u"by item"_qs},
                                          std::pair{BillGrouping::Site, u"by site"_qs}}) {
        sheet.writeBold(row, 0, title);
        row =
            writeTable(sheet, row + 1, BillSheet::of(document.lines, grouping, currency), currency)
            + 1;
    }
    sheet.fitColumns();
}
} // namespace

QByteArray billToXlsx(const BillExportDocument &document, QString *problem)
{
    XlsxWorkbook workbook;
    if (XlsxSheetWriter *bill = workbook.addSheet(u"Bill"_qs))
        writeBill(*bill, document);
    if (XlsxSheetWriter *summary = workbook.addSheet(u"Summary"_qs))
        writeSummary(*summary, document);
    return workbook.finish(problem);
}

} // namespace billing
