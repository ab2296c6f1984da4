#include "CsvSeparator.h"

#include "PlanTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::PlanReader)
};

constexpr char kCandidates[] = {',', ';', '\t'};

// The header's cells split at `separator` outside quotes, unquoted, as column names.
QStringList cells(const QByteArray &header, char separator)
{
    QStringList result;
    QByteArray cell;
    bool quoted = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (c == '"') {
            if (quoted && i + 1 < header.size() && header.at(i + 1) == '"')
                cell.append(header.at(++i));
            else
                quoted = !quoted;
        } else if (c == separator && !quoted) {
            result.append(planColumnName(QString::fromUtf8(cell)));
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    result.append(planColumnName(QString::fromUtf8(cell)));
    return result;
}
} // namespace

CsvSeparator CsvSeparator::detect(const QByteArray &utf8, const QStringList &columns)
{
    CsvSeparator result;
    qsizetype from = 0;
    while (from < utf8.size() && (utf8.at(from) == '\r' || utf8.at(from) == '\n')) {
        if (utf8.at(from) == '\n')
            ++result.headerLine;
        ++from;
    }
    if (from == utf8.size())
        return result;
    // The header ends at the first line break outside quotes.
    qsizetype end = from;
    bool quoted = false;
    for (; end < utf8.size(); ++end) {
        const char c = utf8.at(end);
        if (c == '"')
            quoted = !quoted;
        else if ((c == '\n' || c == '\r') && !quoted)
            break;
    }
    const QByteArray header = utf8.mid(from, end - from);
    result.header = QString::fromUtf8(header);
    int best = 0;
    for (const char candidate : kCandidates) {
        const QStringList names = cells(header, candidate);
        const auto known = std::count_if(names.cbegin(), names.cend(), [&](const QString &name) {
            return columns.contains(name);
        });
        if (known > best) {
            best = int(known);
            result.character = candidate;
        }
    }
    result.found = best > 0;
    return result;
}

QString CsvSeparator::pluralName(char separator)
{
    switch (separator) {
    case ';':
        return Text::tr("semicolons");
    case '\t':
        return Text::tr("tabs");
    default:
        return Text::tr("commas");
    }
}

} // namespace billing
