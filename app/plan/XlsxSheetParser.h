#pragma once

#include "XlsxCells.h"

#include <QList>
#include <QStringList>

class QXmlStreamReader;

namespace billing {

// A cell of a sheet that holds a value (cells without one are not kept).
struct XlsxCell {
    enum class Type { Text, Number, Boolean, Date, Error };
    int column = 0; // 0-based: A = 0
    Type type = Type::Text;
    // Text: the shared, inline or formula string; Number: the number as stored ("6227091",
    // "1.23456789012346E+15"); Date: ISO 8601; Boolean: "TRUE" or "FALSE"; Error: "#N/A"…
    QString text;
    double number = 0; // Number and Date: the stored value
};

struct XlsxRow {
    int number = 0;        // 1-based, as the sheet names it
    QList<XlsxCell> cells; // in the order the sheet lists them
};

struct XlsxSheet {
    QString name;
    QList<XlsxRow> rows; // rows with at least one value, in sheet order
};

namespace xlsx {

// What a worksheet's cells need from the rest of the workbook, and the bounds.
struct SheetContext {
    const QStringList &sharedStrings;
    const QList<DateKind> &styleDates; // per cellXfs index
    bool date1904 = false;
    qsizetype maxCells = 0;
    qsizetype maxRows = 0;
};

// The rows of a worksheet part (<worksheet><sheetData><row><c>); nothing and *error when the
// XML is broken, a cell is out of bounds or names a missing shared string, or a limit is hit.
std::optional<QList<XlsxRow>> parseSheet(const QByteArray &xml, const SheetContext &context,
                                         QString *error);
// The text of the <si> or <is> element the reader is on: its <t>, or the <t> of its rich
// text runs <r>; phonetic runs (<rPh>) are not part of the text. Ends on its end element.
QString readRichText(QXmlStreamReader &xml);

} // namespace xlsx
} // namespace billing
