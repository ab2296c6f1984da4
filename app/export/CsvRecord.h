#pragma once

#include <QByteArray>
#include <QStringList>

namespace billing {

// Appends one CSV record (RFC 4180, UTF-8, CRLF): a field is quoted through libcsv's
// csv_write when it holds a comma, a quote or a line break; others are written as they are.
void appendCsvRecord(QByteArray &csv, const QStringList &fields);

} // namespace billing
