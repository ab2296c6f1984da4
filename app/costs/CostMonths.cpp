#include "CostMonths.h"

#include <QTimeZone>

namespace billing {

QString CostMonths::monthOf(const QDateTime &at)
{
    return at.toUTC().addSecs(8 * 3600).date().toString(QStringLiteral("yyyy-MM"));
}

QStringList CostMonths::through(const QString &newest, int count)
{
    QStringList months;
    const QDate first = firstDay(newest);
    if (!first.isValid())
        return months;
    for (int i = 0; i < count; ++i)
        months << first.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
    return months;
}

QDate CostMonths::firstDay(const QString &month)
{
    if (month.size() != 7)
        return {};
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace billing
