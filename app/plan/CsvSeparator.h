#pragma once

#include <QByteArray>
#include <QStringList>

namespace billing {

// The field separator of a CSV file, read from its header row: spreadsheets write ',' or,
// where the decimal separator is a comma, ';'; "Unicode text" uses a tab.
struct CsvSeparator {
    char character = ',';
    bool found = true; // false: no candidate splits the header into a known column name
    int headerLine = 1;
    QString header; // the header row as written, for an error message

    // The candidate (',' ';' '\t', in that order on a tie) that splits the first non-blank
    // line, outside quotes, into the most names of `columns`. An empty file keeps ','.
    static CsvSeparator detect(const QByteArray &utf8, const QStringList &columns);
    // "commas", "semicolons", "tabs" (translated)
    static QString pluralName(char separator);
};

} // namespace billing
