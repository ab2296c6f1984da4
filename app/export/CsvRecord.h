#pragma once

#include <QByteArray>
#include <QStringList>

namespace billing {

// Appends one CSV record (RFC 4180, UTF-8, CRLF): a field is quoted through libcsv's
// csv_write when it holds a comma, a quote or a line break; others are written as they are.
// Every field goes through formulaSafeCell first.
void appendCsvRecord(QByteArray &csv, const QStringList &fields);

// Formula safety (OWASP "CSV injection"): a spreadsheet runs a cell that starts with = + - @,
// a tab or a carriage return as a formula. Such a cell is written with a single quote in
// front, which spreadsheets show as text. Two exceptions keep numbers numbers: a plain
// number ("-12.30", "+5", digits with at most one '.') is written as it is. A cell that
// already starts with quotes followed by such a start gets one more quote, so that
// fromFormulaSafeCell gives every cell back exactly.
QString formulaSafeCell(const QString &cell);
// The inverse, for readers of files this app wrote (plan import): one leading quote is
// dropped when the rest, after its own leading quotes, starts like a formula.
QString fromFormulaSafeCell(const QString &cell);

} // namespace billing
