#pragma once

#include "MeteringGateway.h"

#include <QByteArray>
#include <QDateTime>

namespace billing::server {

class MarketplaceService;

// The Azure Marketplace metering API as the server calls it: POST /api/batchUsageEvent with
// {"request":[≤ 25 events]}; answers the HTTP status and the JSON body.
class AzureMeteringApi
{
public:
    virtual ~AzureMeteringApi() = default;
    virtual QByteArray batchUsageEvent(const QByteArray &request, const QDateTime &sentAt,
                                       int *httpStatus) = 0;
};

// Metering records to Azure usage events (one per item of a subscription-day), ≤ 25 events a
// call: a record whose events are all Accepted or Duplicate counts as pushed, any other
// per-event status refuses that record (it is retried until its deadline).
class AzureMeteringGateway : public MeteringGateway
{
public:
    AzureMeteringGateway(MarketplaceService &subscriptions, AzureMeteringApi &api);
    void push(const MeteringCall &call, Done done) override;
    // Every record has at least one event, so 25 records never need more than 25 events
    // (records with more items are sent in several calls).
    int maxRecordsPerCall() const override { return 25; }

private:
    MarketplaceService &m_subscriptions;
    AzureMeteringApi &m_api;
};

} // namespace billing::server
