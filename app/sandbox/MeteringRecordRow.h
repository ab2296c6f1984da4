#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace billing {

// One usage record a sandbox market accepted, in the words shared by every marketplace's
// wire form (Alibaba Cloud's Entities, AWS's UsageRecords, Huawei Cloud's usage_records,
// Azure's usage events): whose, for when, how much, and when the market took it.
struct MeteringRecordRow {
    QString subscription; // instance / subscription / resource ID, or AWS's customer
    QDateTime start;
    QDateTime end; // invalid when the record names one point in time
    QString usage; // "item: quantity", several joined by ", "
    QDateTime acceptedAt;

    static MeteringRecordRow fromJson(const QJsonObject &record);
};

// A time as the marketplaces write it: Unix seconds (or milliseconds), RFC 3339, ISO 8601
// (UTC when it names no zone), or Huawei Cloud's yyyyMMdd'T'HHmmss'Z'. Invalid when it is
// none of these; never in the viewer's local zone.
QDateTime marketplaceTime(const QJsonValue &value);

} // namespace billing
