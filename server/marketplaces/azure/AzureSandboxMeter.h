#pragma once

#include "../MarketUsage.h"
#include "AzureMeteringGateway.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace billing::server {

class Transactional;

// The sandbox's Azure metering API (--sandbox): batchUsageEvent with Azure's limits, measured
// against the call's sentAt (the server clock): 1 to 25 events a call (else 400 BadArgument),
// per event Accepted, Expired (effectiveStartTime more than 24 h before the call),
// Duplicate (same resource, dimension and hour as an accepted one: not charged again),
// ResourceNotFound (unknown or not Subscribed), InvalidQuantity (not > 0) or BadArgument.
// Accepted events are kept in market_usage (marketplace 'azure').
class AzureSandboxMeter : public AzureMeteringApi
{
public:
    static constexpr qint64 kMaxAgeSeconds = 24 * 3600;
    using IsSubscribed = std::function<bool(const QString &resourceId)>;

    AzureSandboxMeter(const QSqlDatabase &db, Transactional &transactions,
                      IsSubscribed isSubscribed);

    QByteArray batchUsageEvent(const QByteArray &request, const QDateTime &sentAt,
                               int *httpStatus) override;
    // Accepted events, oldest first, each with "acceptedAt"; `resourceId` may be empty.
    QJsonArray accepted(const QString &resourceId);

private:
    QJsonObject take(const QJsonObject &event, const QDateTime &sentAt);
    QString statusOf(const QJsonObject &event, const QDateTime &sentAt, QString *key) const;

    Transactional &m_transactions;
    IsSubscribed m_isSubscribed;
    MarketUsage m_usage;
};

} // namespace billing::server
