#include "ActivityPeriod.h"

#include "Rfc3339.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct PeriodText {
    Q_DECLARE_TR_FUNCTIONS(billing::ActivityPeriod)
};
} // namespace

QDateTime parseActivityTime(QStringView text)
{
    static const QRegularExpression datePattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString trimmed = text.trimmed().toString();
    if (!datePattern.match(trimmed).hasMatch())
        return rfc3339::parse(trimmed);
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

bool narrowsThePeriod(const AuditFilter &filter)
{
    return !filter.workspaceId.isEmpty() || filter.actorKind || filter.event;
}

void completeActivityPeriod(AuditFilter &filter, const QDateTime &now)
{
    if (!filter.until.isValid()) {
        const QDateTime utc = now.toUTC();
        filter.until = utc.addMSecs(-utc.time().msec());
    }
    if (!filter.since.isValid())
        filter.since = filter.until.addDays(-kDefaultActivityDays);
}

AuditFilter activityDays(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    AuditFilter filter;
    if (first.isValid())
        filter.since = first.startOfDay(zone).toUTC();
    if (last.isValid())
        filter.until = last.addDays(1).startOfDay(zone).toUTC();
    return filter;
}

QString activityDaysProblem(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return PeriodText::tr("Choose the first and the last day of the period.");
    if (first > last)
        return PeriodText::tr("The period starts after it ends: choose a first day on or before "
                              "the last day.");
    return {};
}

} // namespace billing
