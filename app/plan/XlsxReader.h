#pragma once

#include "XlsxSheetParser.h"
#include "ZipReader.h"

#include <QStringList>

namespace billing {

// Reads the sheets of an .xlsx workbook (Office Open XML, as Excel, WPS, LibreOffice and
// openpyxl write it) as typed cells: the workbook and its relationships find the sheets by
// name, shared strings and styles (which numbers are dates) are read once. Everything is
// bounded by Limits; a hostile or damaged file gives an error, never a crash.
class XlsxReader
{
public:
    struct Limits {
        qint64 maxUncompressedBytes = 0; // all parts read, in all
        qsizetype maxCells = 0;          // values in a sheet, and shared strings
        qsizetype maxRows = 0;           // rows with values in a sheet
    };

    XlsxReader(const QByteArray &data, const Limits &limits);

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QStringList sheetNames() const { return m_sheetNames; }
    // Nothing and errorString() when the sheet is missing or cannot be read.
    std::optional<XlsxSheet> readSheet(const QString &name);
    // The sheet's rows handed to `sink` as they are parsed, without keeping them; false and
    // errorString() when the sheet is missing or cannot be read (rows may have been handed on).
    bool readSheetRows(const QString &name, const xlsx::RowSink &sink);

private:
    struct Relationship {
        QString type; // the last segment of its type URI: "worksheet", "sharedStrings"…
        QString part; // the zip entry it points to
    };
    std::optional<QByteArray> readPart(const QString &part);
    // The relationships of `source` (the package itself when empty), by id.
    std::optional<QList<std::pair<QString, Relationship>>> readRelationships(const QString &source);
    bool readWorkbook(const QString &part);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool xmlFailed(const QString &part, const QString &xmlError);

    ZipReader m_zip;
    Limits m_limits;
    QString m_error;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QList<xlsx::DateKind> m_styleDates; // per cellXfs index
    bool m_date1904 = false;
};

} // namespace billing
