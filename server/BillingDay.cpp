#include "BillingDay.h"

#include <QRegularExpression>

namespace billing::server::billingday {
namespace {
constexpr int kBeijingOffsetSeconds = 8 * 3600;
}

QDate of(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kBeijingOffsetSeconds).date();
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-kBeijingOffsetSeconds);
}

QDateTime endOf(const QDate &day)
{
    return startOf(day.addDays(1));
}

QString text(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

std::optional<QDate> parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString monthText(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || first.year() < 2000)
        return std::nullopt;
    return first;
}

} // namespace billing::server::billingday
