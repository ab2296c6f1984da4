#pragma once

// An .xlsx as the export tests look at it, independent of the writer: the zip entries
// (ZipReader, libzip) read with QXmlStreamReader into sheets of cells with their type, the
// text of their value and the number format of their style, plus each sheet's frozen pane,
// autofilter and column widths.
#include "ExactDecimal.h"
#include "PlanReader.h"
#include "ZipReader.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>
#include <optional>

namespace billing::test {

struct TestXlsxCell {
    QString type;   // "s" (shared string), "n" (number), "str", "inlineStr", "b"
    QString value;  // the string, or the number as stored ("1234.5")
    QString format; // the style's number format: "General", "@", "#,##0.00", "yyyy-mm-dd"…
};

struct TestXlsxSheet {
    QMap<std::pair<int, int>, TestXlsxCell> cells; // (row, column), 0-based
    QString paneState, paneTopLeft;                // <pane state= topLeftCell=>
    double paneYSplit = 0;
    QString autoFilter;       // <autoFilter ref=>
    QMap<int, double> widths; // 0-based column -> width
    int rowCount = 0;         // the last row with a cell, plus one

    TestXlsxCell cell(int row, int column) const { return cells.value({row, column}); }
    // The row's values, empty for an empty cell, `columns` of them.
    QStringList values(int row, int columns) const
    {
        QStringList values;
        for (int c = 0; c < columns; ++c)
            values.append(cells.value({row, c}).value);
        return values;
    }
};

// Excel's serial day (1900 date system) as a date and a time.
inline QDateTime fromExcelSerial(double serial)
{
    const double day = std::floor(serial);
    const auto seconds = qint64(std::llround((serial - day) * 86400.0));
    return QDateTime(QDate(1899, 12, 30).addDays(qint64(day)), QTime(0, 0), Qt::UTC)
        .addSecs(seconds);
}

// A number cell's amount in cents as Excel shows it (15 significant digits). The stored text
// is libxlsxwriter's %.16G of the double nearest the exact amount: "0.5600000000000001" for
// 0.56, the same double Excel reads back and shows as 0.56.
inline qint64 shownCents(const QString &stored)
{
    const QString shown = QString::number(stored.toDouble(), 'g', 15);
    const bool negative = shown.startsWith(u'-');
    const auto cents = money::parseScaled(negative ? shown.mid(1) : shown, 2);
    return cents ? (negative ? -*cents : *cents) : std::numeric_limits<qint64>::min();
}

// Why the XLSX plan reader (app/plan) cannot read a workbook it must read (its own openpyxl
// fixture); empty when it can. The import round trips wait for it, not the export.
inline QString xlsxPlanReaderProblem(const QString &fixtures)
{
    const PlanReadResult read =
        PlanReader().readFile(fixtures + u"/xlsx/workspaces-openpyxl.xlsx"_qs);
    return read.ok() ? QString() : read.issues.value(0).message;
}

class TestXlsxWorkbook
{
public:
    explicit TestXlsxWorkbook(const QByteArray &bytes)
        : m_zip(bytes, 512LL * 1024 * 1024)
    {
        if (!m_zip.isOpen()) {
            m_error = m_zip.errorString();
            return;
        }
        readStrings();
        readStyles();
        readWorkbook();
    }

    QString errorString() const { return m_error; }
    QStringList sheetNames() const { return m_sheetNames; }

    std::optional<TestXlsxSheet> sheet(const QString &name)
    {
        const qsizetype index = m_sheetNames.indexOf(name);
        if (index < 0)
            return std::nullopt;
        const auto xml = m_zip.read(m_sheetParts.at(index));
        if (!xml)
            return std::nullopt;
        TestXlsxSheet sheet;
        QXmlStreamReader reader(*xml);
        TestXlsxCell *cell = nullptr;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto attributes = reader.attributes();
            const auto element = reader.name();
            if (element == u"pane") {
                sheet.paneState = attributes.value(u"state"_qs).toString();
                sheet.paneTopLeft = attributes.value(u"topLeftCell"_qs).toString();
                sheet.paneYSplit = attributes.value(u"ySplit"_qs).toDouble();
            } else if (element == u"autoFilter") {
                sheet.autoFilter = attributes.value(u"ref"_qs).toString();
            } else if (element == u"col") {
                for (int c = attributes.value(u"min"_qs).toInt();
                     c <= attributes.value(u"max"_qs).toInt(); ++c)
                    sheet.widths.insert(c - 1, attributes.value(u"width"_qs).toDouble());
            } else if (element == u"c") {
                const auto [row, column] = refOf(attributes.value(u"r"_qs).toString());
                cell = &sheet.cells[{row, column}];
                cell->type = attributes.hasAttribute(u"t"_qs) ? attributes.value(u"t"_qs).toString()
                                                              : u"n"_qs;
                cell->format = m_formats.value(attributes.value(u"s"_qs).toInt(), u"General"_qs);
                sheet.rowCount = std::max(sheet.rowCount, row + 1);
            } else if ((element == u"v" || element == u"t") && cell) {
                const QString text = reader.readElementText();
                cell->value = cell->type == u"s" ? m_strings.value(text.toInt()) : text;
            }
        }
        if (reader.hasError())
            m_error = reader.errorString();
        return reader.hasError() ? std::nullopt : std::optional(sheet);
    }

private:
    static std::pair<int, int> refOf(const QString &ref)
    {
        int column = 0;
        qsizetype i = 0;
        for (; i < ref.size() && ref.at(i).isLetter(); ++i)
            column = column * 26 + (ref.at(i).unicode() - u'A' + 1);
        return {ref.mid(i).toInt() - 1, column - 1};
    }

    // Excel's escape of control characters in strings: _x000D_ for '\r'.
    static QString unescape(QString text)
    {
        static const QRegularExpression escaped(u"_x([0-9A-Fa-f]{4})_"_qs);
        QRegularExpressionMatch match;
        qsizetype from = 0;
        while ((match = escaped.match(text, from)).hasMatch()) {
            const QChar c(char16_t(match.captured(1).toUShort(nullptr, 16)));
            text.replace(match.capturedStart(), match.capturedLength(), c);
            from = match.capturedStart() + 1;
        }
        return text;
    }

    void readStrings()
    {
        const auto xml = m_zip.read(u"xl/sharedStrings.xml"_qs);
        if (!xml)
            return;
        QXmlStreamReader reader(*xml);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"si")
                m_strings.append(QString());
            else if (reader.isStartElement() && reader.name() == u"t")
                m_strings.last() += unescape(reader.readElementText());
        }
    }

    void readStyles()
    {
        const auto xml = m_zip.read(u"xl/styles.xml"_qs);
        if (!xml)
            return;
        QHash<int, QString> codes{{0, u"General"_qs},      {1, u"0"_qs},        {2, u"0.00"_qs},
                                  {3, u"#,##0"_qs},        {4, u"#,##0.00"_qs}, {14, u"m/d/yy"_qs},
                                  {22, u"m/d/yy h:mm"_qs}, {49, u"@"_qs}};
        QXmlStreamReader reader(*xml);
        bool inCellXfs = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isEndElement() && reader.name() == u"cellXfs")
                inCellXfs = false;
            if (!reader.isStartElement())
                continue;
            const auto attributes = reader.attributes();
            if (reader.name() == u"numFmt")
                codes.insert(attributes.value(u"numFmtId"_qs).toInt(),
                             attributes.value(u"formatCode"_qs).toString());
            else if (reader.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && reader.name() == u"xf")
                m_formats.append(codes.value(attributes.value(u"numFmtId"_qs).toInt(), u"?"_qs));
        }
    }

    void readWorkbook()
    {
        QHash<QString, QString> targets;
        if (const auto rels = m_zip.read(u"xl/_rels/workbook.xml.rels"_qs)) {
            QXmlStreamReader reader(*rels);
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == u"Relationship")
                    targets.insert(reader.attributes().value(u"Id"_qs).toString(),
                                   reader.attributes().value(u"Target"_qs).toString());
            }
        }
        const auto xml = m_zip.read(u"xl/workbook.xml"_qs);
        if (!xml) {
            m_error = m_zip.errorString();
            return;
        }
        QXmlStreamReader reader(*xml);
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement() || reader.name() != u"sheet")
                continue;
            m_sheetNames.append(reader.attributes().value(u"name"_qs).toString());
            QString id;
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
            m_sheetParts.append(u"xl/"_qs + targets.value(id));
        }
    }

    ZipReader m_zip;
    QString m_error;
    QStringList m_strings;
    QStringList m_formats; // per cellXfs index
    QStringList m_sheetNames;
    QStringList m_sheetParts;
};

} // namespace billing::test
