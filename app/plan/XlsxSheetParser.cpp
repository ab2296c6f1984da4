#include "XlsxSheetParser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace billing::xlsx {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::XlsxReader)
};

// The parts of a <c> element that say what it holds.
struct RawCell {
    QString ref;
    QString type;  // t: absent (a number), s, str, inlineStr, b, e, d
    QString style; // s: a cellXfs index
    QString value; // <v>
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
};

RawCell readRawCell(QXmlStreamReader &xml)
{
    RawCell cell;
    const QXmlStreamAttributes attributes = xml.attributes();
    cell.ref = attributes.value(QLatin1String("r")).toString();
    cell.type = attributes.value(QLatin1String("t")).toString();
    cell.style = attributes.value(QLatin1String("s")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            cell.value = xml.readElementText();
            cell.hasValue = true;
        } else if (xml.name() == u"is") {
            cell.inlineText = readRichText(xml);
            cell.hasInline = true;
        } else {
            xml.skipCurrentElement(); // <f>: the cached value in <v> is what a plan needs
        }
    }
    return cell;
}

class SheetParser
{
public:
    explicit SheetParser(const SheetContext &context)
        : m_context(context)
    {}

    std::optional<QList<XlsxRow>> parse(const QByteArray &data, QString *error)
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd() && m_error.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"row")
                startRow(xml.attributes().value(QLatin1String("r")));
            else if (xml.isStartElement() && xml.name() == u"c" && m_inRow)
                addCell(readRawCell(xml));
            else if (xml.isEndElement() && xml.name() == u"row")
                endRow();
        }
        if (m_error.isEmpty() && xml.hasError())
            m_error = Text::tr("not valid XML (line %1: %2)")
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return m_rows;
    }

private:
    void startRow(QStringView number)
    {
        bool ok = true;
        const int row = number.isEmpty() ? m_row.number + 1 : number.toInt(&ok);
        if (!ok || row <= m_row.number || row > kMaxRowNumber) {
            m_error = Text::tr("row %1 is not a row number after %2")
                          .arg(number.isEmpty() ? QString::number(row) : number.toString())
                          .arg(m_row.number);
            return;
        }
        m_row = XlsxRow{row, {}};
        m_column = 0;
        m_inRow = true;
    }

    void endRow()
    {
        m_inRow = false;
        if (m_row.cells.isEmpty())
            return;
        if (m_rows.size() >= m_context.maxRows) {
            m_error = Text::tr("the sheet has more than %1 rows").arg(m_context.maxRows);
            return;
        }
        m_rows.append(m_row);
    }

    void addCell(const RawCell &raw)
    {
        int column = m_column;
        if (!raw.ref.isEmpty()) {
            const std::optional<CellRef> ref = parseCellRef(raw.ref);
            if (!ref || ref->row != m_row.number) {
                m_error = Text::tr("cell \"%1\" is not a cell of row %2")
                              .arg(raw.ref.left(16))
                              .arg(m_row.number);
                return;
            }
            column = ref->column;
        } else if (column >= kMaxColumns) {
            m_error =
                Text::tr("row %1 has more than %2 columns").arg(m_row.number).arg(kMaxColumns);
            return;
        }
        m_column = column + 1;
        std::optional<XlsxCell> cell = valueOf(raw, column);
        if (!cell || !m_error.isEmpty())
            return;
        if (++m_cells > m_context.maxCells) {
            m_error = Text::tr("the sheet has more than %1 values").arg(m_context.maxCells);
            return;
        }
        m_row.cells.append(*cell);
    }

    std::optional<XlsxCell> valueOf(const RawCell &raw, int column)
    {
        XlsxCell cell;
        cell.column = column;
        const QString where = columnName(column) + QString::number(m_row.number);
        if (raw.type == u"inlineStr") {
            if (!raw.hasInline)
                return std::nullopt;
            cell.text = raw.inlineText;
            return cell;
        }
        if (!raw.hasValue)
            return std::nullopt;
        if (raw.type == u"s") {
            bool ok = false;
            const qsizetype index = raw.value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_context.sharedStrings.size()) {
                m_error = Text::tr("cell %1 names shared string %2, but the workbook has %3")
                              .arg(where, raw.value.left(16))
                              .arg(m_context.sharedStrings.size());
                return std::nullopt;
            }
            cell.text = m_context.sharedStrings.at(index);
        } else if (raw.type == u"str" || raw.type == u"d") {
            cell.text = raw.value; // a formula's text, or an ISO 8601 date
            cell.type = raw.type == u"d" ? XlsxCell::Type::Date : XlsxCell::Type::Text;
        } else if (raw.type == u"b") {
            cell.type = XlsxCell::Type::Boolean;
            cell.text =
                raw.value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (raw.type == u"e") {
            cell.type = XlsxCell::Type::Error;
            cell.text = raw.value;
        } else {
            numberOrDate(raw, &cell);
        }
        return cell;
    }

    void numberOrDate(const RawCell &raw, XlsxCell *cell) const
    {
        bool ok = false;
        cell->text = raw.value.trimmed();
        cell->number = cell->text.toDouble(&ok);
        if (!ok) {
            cell->type = XlsxCell::Type::Text; // not a number after all: keep what it says
            return;
        }
        cell->type = XlsxCell::Type::Number;
        const qsizetype style = raw.style.toLongLong(&ok);
        if (!ok || style < 0 || style >= m_context.styleDates.size())
            return;
        if (const std::optional<QString> iso =
                serialToIso(cell->number, m_context.styleDates.at(style), m_context.date1904)) {
            cell->type = XlsxCell::Type::Date;
            cell->text = *iso;
        }
    }

    const SheetContext &m_context;
    QList<XlsxRow> m_rows;
    XlsxRow m_row;
    int m_column = 0;
    bool m_inRow = false;
    qsizetype m_cells = 0;
    QString m_error;
};
} // namespace

std::optional<QList<XlsxRow>> parseSheet(const QByteArray &xml, const SheetContext &context,
                                         QString *error)
{
    return SheetParser(context).parse(xml, error);
}

QString readRichText(QXmlStreamReader &xml)
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

} // namespace billing::xlsx
