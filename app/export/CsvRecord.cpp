#include "CsvRecord.h"

#include <csv.h>

namespace billing {
namespace {
constexpr QChar kQuote = u'\'';

bool isPlainNumber(QStringView cell)
{
    if (cell.startsWith(u'-') || cell.startsWith(u'+'))
        cell = cell.mid(1);
    bool digits = false;
    bool dot = false;
    for (QChar c : cell) {
        if (c == u'.' && !dot) {
            dot = true;
        } else if (c >= u'0' && c <= u'9') {
            digits = true;
        } else {
            return false;
        }
    }
    return digits && !cell.startsWith(u'.') && !cell.endsWith(u'.');
}

bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return !isPlainNumber(cell);
    default:
        return false;
    }
}

// The cell after its leading quotes: what a spreadsheet would see once one is taken away.
QStringView afterQuotes(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == kQuote)
        ++i;
    return cell.mid(i);
}

void appendField(QByteArray &line, const QString &field)
{
    const QByteArray utf8 = formulaSafeCell(field).toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n')
        && !utf8.contains('\r')) {
        line += utf8;
        return;
    }
    // csv_write quotes the field and doubles the quotes inside.
    QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
    const size_t written =
        csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
    quoted.truncate(qsizetype(written));
    line += quoted;
}
} // namespace

QString formulaSafeCell(const QString &cell)
{
    return startsLikeFormula(afterQuotes(cell)) ? kQuote + cell : cell;
}

QString fromFormulaSafeCell(const QString &cell)
{
    if (cell.startsWith(kQuote) && startsLikeFormula(afterQuotes(cell)))
        return cell.mid(1);
    return cell;
}

void appendCsvRecord(QByteArray &csv, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += ',';
        appendField(csv, fields.at(i));
    }
    csv += "\r\n";
}

} // namespace billing
