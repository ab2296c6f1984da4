#include "QueryString.h"

namespace billing::server::QueryString {
namespace {
QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}
} // namespace

QList<QPair<QString, QString>> decode(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            items.append({decodeComponent(part), QString()});
        else
            items.append(
                {decodeComponent(part.left(equals)), decodeComponent(part.mid(equals + 1))});
    }
    return items;
}

} // namespace billing::server::QueryString
