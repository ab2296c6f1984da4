#pragma once

#include "MeteringRecord.h"

#include <QByteArray>
#include <QList>

namespace billing::server {

// One Azure usage event of a metering record: one item (dimension) of one subscription-day.
struct AzureUsageEvent {
    qint64 seq = 0; // the metering record it comes from
    QString resourceId;
    QString dimension;
    QString quantity; // the day's decimal text, written as the JSON number token itself
    QString effectiveStartTime;
    QString planId;

    QByteArray toJson() const;
};

namespace AzureUsageEvents {

constexpr int kMaxEventsPerCall = 25;

// A metering record's events: its non-zero entities, each stamped with the start of the
// billing day's last hour (Azure takes events up to 24 h old, so the day's own start would
// already be too old when the day is settled). `bad` is set to the first entity whose
// quantity is not a plain decimal.
QList<AzureUsageEvent> of(const MeteringRecord &record, const QString &planId, QString *bad);
// {"request":[…]} with each quantity written exactly as its decimal text.
QByteArray batchRequest(const QList<AzureUsageEvent> &events);
// "2031-03-05T15:00:00Z"
QString isoUtc(qint64 unixSeconds);

} // namespace AzureUsageEvents

} // namespace billing::server
