#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace billing {

// A billing month ("2026-11"): a calendar month in Beijing time (billing.md).
// The first day of the month `text` names ("YYYY-MM", month 01–12); invalid otherwise.
QDate parseBillMonth(QStringView text);
QString billMonthText(const QDate &dayOfMonth);
// The month that `now` falls in, in Beijing time.
QString currentBillMonth(const QDateTime &now);

} // namespace billing
