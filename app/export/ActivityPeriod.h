#pragma once

#include "AuditFilter.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace billing {

// How many days an activity export covers when no start is given (docs/cli.md).
constexpr int kDefaultActivityDays = 30;

// RFC 3339 ("2026-11-01T08:00:00Z", offsets allowed) or a date ("2026-11-01", meaning 00:00
// UTC of that day); invalid for anything else.
QDateTime parseActivityTime(QStringView text);

// True when the filter selects by workspace, actor or event, not by the period alone.
bool narrowsThePeriod(const AuditFilter &filter);

// Gives the filter the default period where an end is missing: `until` is now (whole
// seconds), `since` kDefaultActivityDays before `until`.
void completeActivityPeriod(AuditFilter &filter, const QDateTime &now);

// The days from `first` to `last`, both included, in `zone`: since = the start of `first`,
// until = the start of the day after `last` (the desktop uses local days, as the Activity
// tab shows them).
AuditFilter activityDays(const QDate &first, const QDate &last, const QTimeZone &zone);
// Why those days are no period (translated), empty when they are one.
QString activityDaysProblem(const QDate &first, const QDate &last);

} // namespace billing
