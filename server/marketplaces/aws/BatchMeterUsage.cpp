#include "BatchMeterUsage.h"

#include <Rfc3339.h>

#include <QJsonArray>

namespace billing::server {

QJsonObject AwsUsageRecord::toJson() const
{
    return {{QStringLiteral("Timestamp"), rfc3339::format(timestamp)},
            {QStringLiteral("CustomerIdentifier"), customerIdentifier},
            {QStringLiteral("Dimension"), dimension},
            {QStringLiteral("Quantity"), quantity}};
}

QJsonObject BatchMeterUsageRequest::toJson() const
{
    QJsonArray records;
    for (const AwsUsageRecord &record : usageRecords)
        records.append(record.toJson());
    return {{QStringLiteral("ProductCode"), productCode},
            {QStringLiteral("UsageRecords"), records}};
}

} // namespace billing::server
