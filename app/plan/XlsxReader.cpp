#include "XlsxReader.h"

#include "PlanLog.h"
#include "XlsxXmlScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QXmlStreamReader>

#include <algorithm>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::XlsxReader)
};

// The folder of a part, with its slash: "xl/workbook.xml" -> "xl/".
QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

// A relationship's Target as a zip entry: relative to the folder of its source part, or
// absolute from the package root.
QString resolve(const QString &sourcePart, const QString &target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1) : folderOf(sourcePart) + target;
    return QDir::cleanPath(path);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; the package's own: "_rels/.rels".
QString relationshipsOf(const QString &part)
{
    return folderOf(part) + u"_rels/" + part.mid(part.lastIndexOf(u'/') + 1) + u".rels";
}

// The strings of a shared string table (<sst><si>) as Xml (XmlScanner or QXmlStreamReader)
// reads them; false when there are more than `max`.
template <typename Xml> bool readStringTable(Xml &xml, qsizetype max, QStringList *strings)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sst") {
            const qsizetype count =
                xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            strings->reserve(std::clamp<qsizetype>(count, 0, max));
        }
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        if (strings->size() >= max)
            return false;
        strings->append(xlsx::readRichText(xml));
    }
    return true;
}

// An r:id attribute, whatever prefix the relationships namespace has (transitional or strict).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}
} // namespace

XlsxReader::XlsxReader(const QByteArray &data, const Limits &limits)
    : m_zip(data, limits.maxUncompressedBytes)
    , m_limits(limits)
{
    if (!m_zip.isOpen()) {
        m_error = m_zip.errorString();
        return;
    }
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (m_zip.contains(relationshipsOf({}))) {
        const auto relationships = readRelationships({});
        if (!relationships)
            return;
        for (const auto &[id, relationship] : *relationships) {
            if (relationship.type == u"officeDocument")
                workbook = relationship.part;
        }
    }
    if (!m_zip.contains(workbook)) {
        m_error = Text::tr("not an Excel workbook: the file has no %1").arg(workbook);
        return;
    }
    if (!readWorkbook(workbook))
        return;
    qCDebug(lcPlan) << "xlsx: sheets" << m_sheetNames << "1904:" << m_date1904;
}

std::optional<QByteArray> XlsxReader::readPart(const QString &part)
{
    std::optional<QByteArray> data = m_zip.read(part);
    if (!data)
        m_error = m_zip.errorString();
    return data;
}

bool XlsxReader::xmlFailed(const QString &part, const QString &xmlError)
{
    m_error = Text::tr("%1 is damaged: %2").arg(part, xmlError);
    return false;
}

std::optional<QList<std::pair<QString, XlsxReader::Relationship>>>
XlsxReader::readRelationships(const QString &source)
{
    const QString part = relationshipsOf(source);
    const std::optional<QByteArray> data = readPart(part);
    if (!data)
        return std::nullopt;
    QList<std::pair<QString, Relationship>> relationships;
    QXmlStreamReader xml(*data);
    // Only the root element: reading on past its end would be "premature end of document".
    if (xml.readNextStartElement() && xml.name() == u"Relationships") {
        while (xml.readNextStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"Relationship"
                && attributes.value(QLatin1String("TargetMode")) != u"External") {
                const QString type = attributes.value(QLatin1String("Type")).toString();
                const QString target = attributes.value(QLatin1String("Target")).toString();
                relationships.emplaceBack(
                    attributes.value(QLatin1String("Id")).toString(),
                    Relationship{type.mid(type.lastIndexOf(u'/') + 1), resolve(source, target)});
            }
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        xmlFailed(part, Text::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
        return std::nullopt;
    }
    return relationships;
}

bool XlsxReader::readWorkbook(const QString &part)
{
    const std::optional<QByteArray> data = readPart(part);
    if (!data)
        return false;
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"sheet") {
            sheets.emplaceBack(attributes.value(QLatin1String("name")).toString(),
                               relationshipId(attributes));
        } else if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        }
    }
    if (xml.hasError())
        return xmlFailed(part,
                         Text::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));

    QString sharedStrings, styles;
    QMap<QString, QString> sheetParts;
    if (m_zip.contains(relationshipsOf(part))) {
        const auto relationships = readRelationships(part);
        if (!relationships)
            return false;
        for (const auto &[id, relationship] : *relationships) {
            if (relationship.type == u"worksheet")
                sheetParts.insert(id, relationship.part);
            else if (relationship.type == u"sharedStrings")
                sharedStrings = relationship.part;
            else if (relationship.type == u"styles")
                styles = relationship.part;
        }
    }
    for (const auto &[name, id] : sheets) {
        // Chart sheets and dialog sheets have no cells: they are not offered.
        if (sheetParts.contains(id)) {
            m_sheetNames.append(name);
            m_sheetParts.append(sheetParts.value(id));
        }
    }
    if (!sharedStrings.isEmpty() && m_zip.contains(sharedStrings)
        && !readSharedStrings(sharedStrings))
        return false;
    return styles.isEmpty() || !m_zip.contains(styles) || readStyles(styles);
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    const std::optional<QByteArray> data = readPart(part);
    if (!data)
        return false;
    xlsx::XmlScanner scanner(*data);
    bool withinLimit = readStringTable(scanner, m_limits.maxCells, &m_sharedStrings);
    QString xmlError;
    if (scanner.unsupported()) {
        m_sharedStrings.clear();
        QXmlStreamReader xml(*data);
        withinLimit = readStringTable(xml, m_limits.maxCells, &m_sharedStrings);
        if (xml.hasError())
            xmlError = Text::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    if (!withinLimit) {
        m_error = Text::tr("%1 has more than %2 strings").arg(part).arg(m_limits.maxCells);
        return false;
    }
    return xmlError.isEmpty() || xmlFailed(part, xmlError);
}

bool XlsxReader::readStyles(const QString &part)
{
    const std::optional<QByteArray> data = readPart(part);
    if (!data)
        return false;
    QMap<int, xlsx::DateKind> customFormats;
    QList<int> cellFormats; // the numFmtId of each cellXfs entry
    bool inCellXfs = false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"numFmt") {
            customFormats.insert(
                attributes.value(QLatin1String("numFmtId")).toInt(),
                xlsx::customDateKind(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"xf" && inCellXfs) {
            cellFormats.append(attributes.value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (xml.hasError())
        return xmlFailed(part,
                         Text::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    for (const int id : std::as_const(cellFormats))
        m_styleDates.append(customFormats.contains(id) ? customFormats.value(id)
                                                       : xlsx::builtInDateKind(id));
    return true;
}

std::optional<XlsxSheet> XlsxReader::readSheet(const QString &name)
{
    XlsxSheet sheet{name, {}};
    if (!readSheetRows(name, [&sheet](const XlsxRow &row) { sheet.rows.append(row); }))
        return std::nullopt;
    return sheet;
}

bool XlsxReader::readSheetRows(const QString &name, const xlsx::RowSink &sink)
{
    const qsizetype index = m_sheetNames.indexOf(name);
    if (!isOpen() || index < 0) {
        if (isOpen())
            m_error = Text::tr("the workbook has no sheet \"%1\"").arg(name);
        return false;
    }
    const QString part = m_sheetParts.at(index);
    const std::optional<QByteArray> data = readPart(part);
    if (!data)
        return false;
    const xlsx::SheetContext context{m_sharedStrings, m_styleDates, m_date1904, m_limits.maxCells,
                                     m_limits.maxRows};
    QString error;
    if (!xlsx::parseSheet(*data, context, sink, &error)) {
        m_error = Text::tr("sheet \"%1\" (%2): %3").arg(name, part, error);
        return false;
    }
    return true;
}

} // namespace billing
