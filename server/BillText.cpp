#include "BillText.h"

#include <ExactDecimal.h>

namespace billing::server::billtext {
namespace {
QString trimmed(QString text, qsizetype minimumPlaces)
{
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        return text;
    qsizetype end = text.size();
    while (end > point + 1 + minimumPlaces && text.at(end - 1) == u'0')
        --end;
    if (end == point + 1)
        end = point; // no trailing '.'
    text.truncate(end);
    return text;
}
} // namespace

QString quantity(qint64 quantityE4)
{
    return trimmed(money::formatScaled(quantityE4, money::kQuantityPlaces), 0);
}

QString unitPrice(qint64 micros)
{
    return trimmed(money::formatScaled(micros, 6), 2);
}

QJsonObject payer(const QString &method, const QString &instanceId)
{
    QJsonObject object{{QStringLiteral("method"), method}};
    if (!instanceId.isEmpty())
        object.insert(QStringLiteral("instanceId"), instanceId);
    return object;
}

} // namespace billing::server::billtext
