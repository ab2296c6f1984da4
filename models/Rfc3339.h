#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace billing::rfc3339 {

// "2026-11-26T08:00:00Z": UTC, whole seconds, as the contract writes times.
QString format(const QDateTime &time);
// Accepts the contract's form plus fractional seconds and numeric offsets; invalid on failure.
QDateTime parse(QStringView text);
// null for an invalid time, the formatted string otherwise.
QJsonValue toJson(const QDateTime &time);

} // namespace billing::rfc3339
