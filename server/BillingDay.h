#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace billing::server::billingday {

// A billing day is a calendar day in Beijing time (UTC+8) for every site; a month is the
// Beijing calendar month (billing.md). Days are stored as 'YYYY-MM-DD', months as 'YYYY-MM'.

QDate of(const QDateTime &instant);              // the Beijing day that holds `instant`
QDateTime startOf(const QDate &day);             // its 00:00 Beijing, in UTC
QDateTime endOf(const QDate &day);               // the next day's 00:00 Beijing, in UTC
QString text(const QDate &day);                  // "2026-11-25"
std::optional<QDate> parse(const QString &text); // strict 'YYYY-MM-DD'
QString monthText(const QDate &day);             // "2026-11"
// A month 'YYYY-MM' as its first day; nullopt when it is not one.
std::optional<QDate> parseMonth(const QString &text);

} // namespace billing::server::billingday
