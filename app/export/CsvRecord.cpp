#include "CsvRecord.h"

#include <csv.h>

namespace billing {
namespace {
void appendField(QByteArray &line, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
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
