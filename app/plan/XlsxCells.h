#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// What a cell of an .xlsx sheet means beyond its XML: where a reference like "C7" points, and
// which number formats make a number a date (ECMA-376 part 1, 18.8.30 and 18.17.4).
namespace billing::xlsx {

struct CellRef {
    int column = 0; // 0-based: A = 0, XFD = 16383
    int row = 0;    // 1-based
};
constexpr int kMaxColumns = 16384;
constexpr int kMaxRowNumber = 1048576;

// "C7" -> {2, 7}; nothing when it is not a reference inside the sheet's bounds.
std::optional<CellRef> parseCellRef(QStringView ref);
// The column's letters: 2 -> "C".
QString columnName(int column);

enum class DateKind { None, Date, Time, DateTime };
// Excel's built-in formats 14-22 and the East Asian ones (27-36, 50-58) that are dates.
DateKind builtInDateKind(int numFmtId);
// A custom format code with year, month, day, hour or second fields outside quotes,
// escapes and brackets ("yyyy-mm-dd", "[$-804]yyyy\"年\"m\"月\"", "[h]:mm").
DateKind customDateKind(QStringView formatCode);
// A date serial as ISO 8601 text ("2026-11-26", "08:30:00", "2026-11-26T08:30:00"); nothing
// when it is no date Excel can show.
std::optional<QString> serialToIso(double serial, DateKind kind, bool date1904);

} // namespace billing::xlsx
