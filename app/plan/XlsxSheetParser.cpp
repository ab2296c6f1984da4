#include "XlsxSheetParser.h"

#include "XlsxXmlScanner.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace billing::xlsx {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::XlsxReader)
};

// The t attribute of a <c> element: absent (a number), s, str, inlineStr, b, e, d.
enum class CellType { Number, Shared, String, Date, Inline, Boolean, Error };

CellType cellTypeOf(QStringView type)
{
    if (type == u"inlineStr")
        return CellType::Inline;
    if (type == u"s")
        return CellType::Shared;
    if (type == u"str")
        return CellType::String;
    if (type == u"d")
        return CellType::Date;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    return CellType::Number;
}

// The parts of a <c> element that say what it holds. Its attributes are read as views, while
// the reader is on the element; only <v> and inline text become strings.
struct RawCell {
    CellType type = CellType::Number;
    qsizetype style = -1; // s: a cellXfs index, -1 when absent or not a number
    QString value;        // <v>
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
};

// The rows of a sheet as Xml (XmlScanner or QXmlStreamReader) reads them.
template <typename Xml> class SheetParser
{
public:
    // The first `handedOn` rows were handed to the sink already, by an earlier reading.
    SheetParser(const SheetContext &context, const RowSink &sink, qsizetype handedOn = 0)
        : m_context(context)
        , m_sink(sink)
        , m_handedOn(handedOn)
    {}

    // Reads until the end, an error, or what an XmlScanner leaves to QXmlStreamReader.
    void run(Xml &xml)
    {
        while (!xml.atEnd() && m_error.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"row")
                startRow(xml.attributes().value(QLatin1String("r")));
            else if (xml.isStartElement() && xml.name() == u"c" && m_inRow)
                readCell(xml);
            else if (xml.isEndElement() && xml.name() == u"row")
                endRow();
        }
    }

    QString error() const { return m_error; }
    qsizetype rows() const { return m_rows; }

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
        m_row.number = row;
        m_row.cells.clear(); // keeps its capacity: the sink has seen the row before
        m_column = 0;
        m_inRow = true;
    }

    void endRow()
    {
        m_inRow = false;
        if (m_row.cells.isEmpty())
            return;
        if (++m_rows > m_context.maxRows) {
            m_error = Text::tr("the sheet has more than %1 rows").arg(m_context.maxRows);
            return;
        }
        if (m_rows > m_handedOn)
            m_sink(m_row);
    }

    void readCell(Xml &xml)
    {
        int column = m_column;
        {
            const auto attributes = xml.attributes();
            const QStringView ref = attributes.value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                const std::optional<CellRef> parsed = parseCellRef(ref);
                if (!parsed || parsed->row != m_row.number) {
                    m_error = Text::tr("cell \"%1\" is not a cell of row %2")
                                  .arg(ref.left(16))
                                  .arg(m_row.number);
                    return;
                }
                column = parsed->column;
            } else if (column >= kMaxColumns) {
                m_error =
                    Text::tr("row %1 has more than %2 columns").arg(m_row.number).arg(kMaxColumns);
                return;
            }
            m_raw.type = cellTypeOf(attributes.value(QLatin1String("t")));
            bool ok = false;
            const qsizetype style = attributes.value(QLatin1String("s")).toLongLong(&ok);
            m_raw.style = ok ? style : -1;
        }
        m_raw.hasValue = m_raw.hasInline = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v") {
                m_raw.value = xml.readElementText();
                m_raw.hasValue = true;
            } else if (xml.name() == u"is") {
                m_raw.inlineText = readRichText(xml);
                m_raw.hasInline = true;
            } else {
                xml.skipCurrentElement(); // <f>: the cached value in <v> is what a plan needs
            }
        }
        addCell(column);
    }

    void addCell(int column)
    {
        m_column = column + 1;
        XlsxCell cell;
        cell.column = column;
        if (!valueOf(&cell) || !m_error.isEmpty())
            return;
        if (++m_cells > m_context.maxCells) {
            m_error = Text::tr("the sheet has more than %1 values").arg(m_context.maxCells);
            return;
        }
        m_row.cells.append(std::move(cell));
    }

    // The cell's type and text; false when it holds no value (or names a missing string).
    bool valueOf(XlsxCell *cell)
    {
        const RawCell &raw = m_raw;
        if (raw.type == CellType::Inline) {
            cell->text = raw.inlineText;
            return raw.hasInline;
        }
        if (!raw.hasValue)
            return false;
        switch (raw.type) {
        case CellType::Shared:
            return sharedString(cell);
        case CellType::String:
        case CellType::Date:
            cell->text = raw.value; // a formula's text, or an ISO 8601 date
            cell->type = raw.type == CellType::Date ? XlsxCell::Type::Date : XlsxCell::Type::Text;
            return true;
        case CellType::Boolean:
            cell->type = XlsxCell::Type::Boolean;
            cell->text = QStringView(raw.value).trimmed() == u"1" ? QStringLiteral("TRUE")
                                                                  : QStringLiteral("FALSE");
            return true;
        case CellType::Error:
            cell->type = XlsxCell::Type::Error;
            cell->text = raw.value;
            return true;
        case CellType::Number:
        case CellType::Inline:
            break;
        }
        numberOrDate(cell);
        return true;
    }

    bool sharedString(XlsxCell *cell)
    {
        bool ok = false;
        const qsizetype index = QStringView(m_raw.value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_context.sharedStrings.size()) {
            m_error = Text::tr("cell %1 names shared string %2, but the workbook has %3")
                          .arg(columnName(cell->column) + QString::number(m_row.number),
                               m_raw.value.left(16))
                          .arg(m_context.sharedStrings.size());
            return false;
        }
        cell->text = m_context.sharedStrings.at(index);
        return true;
    }

    void numberOrDate(XlsxCell *cell) const
    {
        bool ok = false;
        cell->text = m_raw.value.trimmed();
        cell->number = cell->text.toDouble(&ok);
        if (!ok) {
            cell->type = XlsxCell::Type::Text; // not a number after all: keep what it says
            return;
        }
        cell->type = XlsxCell::Type::Number;
        const qsizetype style = m_raw.style;
        if (style < 0 || style >= m_context.styleDates.size())
            return;
        if (const std::optional<QString> iso =
                serialToIso(cell->number, m_context.styleDates.at(style), m_context.date1904)) {
            cell->type = XlsxCell::Type::Date;
            cell->text = *iso;
        }
    }

    const SheetContext &m_context;
    const RowSink &m_sink;
    const qsizetype m_handedOn;
    XlsxRow m_row;
    RawCell m_raw;
    int m_column = 0;
    bool m_inRow = false;
    qsizetype m_rows = 0;
    qsizetype m_cells = 0;
    QString m_error;
};
} // namespace

bool parseSheet(const QByteArray &xml, const SheetContext &context, const RowSink &sink,
                QString *error)
{
    XmlScanner scanner(xml);
    SheetParser<XmlScanner> fast(context, sink);
    fast.run(scanner);
    QString problem = fast.error();
    if (scanner.unsupported()) {
        // Read again, the rows handed on already are not handed on twice. (Given the whole
        // part, not a device, QXmlStreamReader finds invalid UTF-8 before any other error.)
        QXmlStreamReader reader(xml);
        SheetParser<QXmlStreamReader> parser(context, sink, fast.rows());
        parser.run(reader);
        problem = parser.error();
        if (problem.isEmpty() && reader.hasError())
            problem = Text::tr("not valid XML (line %1: %2)")
                          .arg(reader.lineNumber())
                          .arg(reader.errorString());
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

} // namespace billing::xlsx
