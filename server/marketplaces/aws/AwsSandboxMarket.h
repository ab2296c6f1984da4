#pragma once

#include "BatchMeterUsage.h"
#include "SqlStatement.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace billing::server {

class Transactional;

// The sandbox's AWS Marketplace metering service (--sandbox): BatchMeterUsage with the real
// limits, measured against the call's sentAt: at most 25 records; a record timestamped 6 hours
// or more before the call (or after it) refuses the whole call (TimestampOutOfBounds); a
// customer without an opened subscription to the product is CustomerNotSubscribed; the same
// customer, dimension and timestamp again is Success when the quantity is the same and
// DuplicateRecord when it is not. Accepted records are kept in market_usage.
class AwsSandboxMarket : public BatchMeterUsageApi
{
public:
    static constexpr qint64 kMaxAgeSeconds = 6 * 3600;

    // The opened subscription of the customer to the product, if any (its id).
    using Subscribed = std::function<std::optional<QString>(const QString &customerIdentifier,
                                                            const QString &productCode)>;
    AwsSandboxMarket(const QSqlDatabase &db, Transactional &transactions, Subscribed subscribed);

    BatchMeterUsageResult batchMeterUsage(const BatchMeterUsageRequest &request) override;
    // What it accepted, oldest first: the usage records with "subscriptionId" and "acceptedAt".
    QJsonArray accepted(const QString &subscriptionId);

private:
    QString check(const BatchMeterUsageRequest &request) const;
    QString take(const QString &productCode, const AwsUsageRecord &record, const QDateTime &at);

    Transactional &m_transactions;
    Subscribed m_subscribed;
    SqlStatement m_find;
    SqlStatement m_insert;
    SqlStatement m_list;
};

} // namespace billing::server
