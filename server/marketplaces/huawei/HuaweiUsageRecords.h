#pragma once

#include "MeteringRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace billing::server::HuaweiUsageRecords {

// KooGallery's usage-data API takes at most this many usage_records a call.
constexpr int kMaxRecordsPerCall = 1000;

// One element of usage_records, with the metering record it came from.
struct WireRecord {
    qint64 seq = 0;
    QJsonObject record;
};

// One usage record per entity with a quantity above zero (KooGallery refuses a zero usage):
// {"instance_id","record_time","begin_time","end_time","usage_value","metering_sn","item"}.
// Times are the billing day's bounds in UTC; record_time is its end, so a record pushed again
// is the same record.
QList<WireRecord> fromMetering(const QList<MeteringRecord> &records);
// Calls of at most kMaxRecordsPerCall records, in order.
QList<QList<WireRecord>> calls(const QList<WireRecord> &records);

// The record's unique serial number, the same for every push of the same instance, day and
// item: "hw" + the first 30 hex digits of SHA-256("<instance>|<yyyy-MM-dd>|<item>").
QString meteringSn(const QString &instanceId, const QDate &day, const QString &item);

// yyyyMMdd'T'HHmmss'Z' (UTC).
QString formatTime(const QDateTime &time);
QDateTime parseTime(const QString &text);

} // namespace billing::server::HuaweiUsageRecords
