#pragma once

#include "XlsxCells.h"

#include <QList>
#include <QStringList>

#include <functional>

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

// Takes each row with a value as it is parsed; the row is only valid during the call.
using RowSink = std::function<void(const XlsxRow &row)>;

// The rows of a worksheet part (<worksheet><sheetData><row><c>), handed to `sink` in sheet
// order; false and *error when the XML is broken, a cell is out of bounds or names a missing
// shared string, or a limit is hit (rows before the problem have been handed on by then).
bool parseSheet(const QByteArray &xml, const SheetContext &context, const RowSink &sink,
                QString *error);

// The text of the <si> or <is> element the reader (XmlScanner or QXmlStreamReader) is on: its
// <t>, or the <t> of its rich text runs <r>; phonetic runs (<rPh>) are not part of the text.
// Ends on its end element.
template <typename Xml> QString readRichText(Xml &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return text;
}

} // namespace xlsx
} // namespace billing
