#include "XlsxCells.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace billing::xlsx {

std::optional<CellRef> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < ref.size() && i < 3 && ref.at(i).isLetter() && ref.at(i).unicode() < 128; ++i)
        column = column * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    if (i == 0 || column > kMaxColumns)
        return std::nullopt;
    const QStringView digits = ref.mid(i);
    if (digits.isEmpty() || digits.size() > 7)
        return std::nullopt;
    int row = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row * 10 + (c.unicode() - '0');
    }
    if (row < 1 || row > kMaxRowNumber)
        return std::nullopt;
    return CellRef{column - 1, row};
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

DateKind builtInDateKind(int numFmtId)
{
    if (numFmtId == 22)
        return DateKind::DateTime;
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36
        || (numFmtId >= 50 && numFmtId <= 58))
        return DateKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35)
        || (numFmtId >= 45 && numFmtId <= 47))
        return DateKind::Time;
    return DateKind::None;
}

DateKind customDateKind(QStringView formatCode)
{
    bool date = false, time = false, month = false;
    // Only the first section (positive numbers) decides.
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = formatCode.indexOf(u'"', i + 1);
            i = end < 0 ? formatCode.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            // [Red], [$-804] and [DBNum1] say nothing; [h], [mm], [ss] are elapsed time.
            const qsizetype end = formatCode.indexOf(u']', i + 1);
            const QString inside =
                formatCode.mid(i + 1, (end < 0 ? formatCode.size() : end) - i - 1)
                    .toString()
                    .toLower();
            if (!inside.isEmpty() && inside.size() <= 2
                && inside.count(inside.at(0)) == inside.size()
                && QStringView(u"hms").contains(inside.at(0)))
                time = true;
            i = end < 0 ? formatCode.size() : end;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    if (month && !time) // with hours or seconds "m" is the minute
        date = true;
    if (date && time)
        return DateKind::DateTime;
    return date ? DateKind::Date : time ? DateKind::Time : DateKind::None;
}

std::optional<QString> serialToIso(double serial, DateKind kind, bool date1904)
{
    // 9999-12-31 is the last day Excel shows.
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return std::nullopt;
    const qint64 seconds = std::llround(serial * 86400);
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    // Excel counts 1900-02-29, which did not exist, as day 60.
    if (!date1904 && days < 61)
        base = QDate(1899, 12, 31);
    const QDate date = base.addDays(days);
    switch (kind) {
    case DateKind::Date:
        return date.toString(Qt::ISODate);
    case DateKind::Time:
        return time.toString(Qt::ISODate);
    case DateKind::DateTime:
        return QString(date.toString(Qt::ISODate) + u'T' + time.toString(Qt::ISODate));
    case DateKind::None:
        break;
    }
    return std::nullopt;
}

} // namespace billing::xlsx
