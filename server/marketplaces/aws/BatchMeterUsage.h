#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace billing::server {

// One UsageRecord of AWS Marketplace's BatchMeterUsage.
struct AwsUsageRecord {
    QDateTime timestamp; // UTC, whole seconds
    QString customerIdentifier;
    QString dimension; // the item code
    qint64 quantity = 0;

    QJsonObject toJson() const; // {"Timestamp","CustomerIdentifier","Dimension","Quantity"}
};

// {"ProductCode","UsageRecords":[…]}: one product, at most kMaxRecords records.
struct BatchMeterUsageRequest {
    static constexpr int kMaxRecords = 25;
    QString productCode;
    QList<AwsUsageRecord> usageRecords;
    QDateTime sentAt; // the server clock when the call went out

    QJsonObject toJson() const;
};

// The answer: a call-level exception (the whole call refused), or one Status per record in
// request order (`Success`, `CustomerNotSubscribed`, `DuplicateRecord`) and the indexes of
// UnprocessedRecords (to send again).
struct BatchMeterUsageResult {
    QString exception; // e.g. "TimestampOutOfBoundsException: …"; empty when the call was taken
    QList<QString> statuses;
    QList<int> unprocessed;
};

// BatchMeterUsage as the marketplace offers it (AWSMPMeteringService.BatchMeterUsage).
class BatchMeterUsageApi
{
public:
    virtual ~BatchMeterUsageApi() = default;
    virtual BatchMeterUsageResult batchMeterUsage(const BatchMeterUsageRequest &request) = 0;
};

} // namespace billing::server
