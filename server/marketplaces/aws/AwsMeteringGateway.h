#pragma once

#include "BatchMeterUsage.h"
#include "MeteringGateway.h"

#include <MarketplaceSubscription.h>

#include <functional>
#include <optional>

namespace billing::server {

// Day records of AWS subscriptions as BatchMeterUsage calls: one UsageRecord per item of the
// day (Dimension = item code, Quantity = the day's quantity rounded up to an integer,
// Timestamp = the end of the billing day), the usage of whole day records packed into calls
// of at most 25 (a day with more items than that is split), one product per call. A record
// is taken when every one of its usage records was (`Success`, an identical record again
// included); otherwise it is refused with the first reason and sent again whole.
class AwsMeteringGateway : public MeteringGateway
{
public:
    using FindSubscription =
        std::function<std::optional<MarketplaceSubscription>(const QString &subscriptionId)>;
    AwsMeteringGateway(BatchMeterUsageApi &api, FindSubscription findSubscription);

    void push(const MeteringCall &call, Done done) override;
    int maxRecordsPerCall() const override { return BatchMeterUsageRequest::kMaxRecords; }

    // "0.5" -> 1, "6000" -> 6000; nullopt unless a non-negative decimal within AWS's int range.
    static std::optional<qint64> roundedUpQuantity(const QString &decimal);

private:
    struct Batch {
        BatchMeterUsageRequest request;
        QList<qint64> seqOfRecord; // the day record each usage record came from
    };
    QList<Batch> batchesOf(const MeteringCall &call, QHash<qint64, QString> &refused);
    void send(const Batch &batch, QHash<qint64, QString> &refused, QString &callError);

    BatchMeterUsageApi &m_api;
    FindSubscription m_findSubscription;
};

} // namespace billing::server
