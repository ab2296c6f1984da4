#pragma once

#include "MeteringRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace billing::server {

// One PushMeteringData call: at most kMaxRecords records, sent at `sentAt` (server clock).
struct MeteringCall {
    static constexpr int kMaxRecords = 100;
    QList<MeteringRecord> records;
    QDateTime sentAt;
};

// The marketplace's answer to a whole call: it accepts every record or none.
struct MeteringCallResult {
    bool accepted = false;
    QString error; // why not, in the marketplace's words; empty when accepted
};

// Where metering records go: the Alibaba Cloud Marketplace, or the sandbox playing it.
// `done` runs exactly once, possibly before push() returns.
class MeteringGateway
{
public:
    using Done = std::function<void(const MeteringCallResult &)>;
    virtual ~MeteringGateway() = default;
    virtual void push(const MeteringCall &call, Done done) = 0;
};

// Without --sandbox this server knows no marketplace endpoint: every call fails, so records
// wait, retry and end push_failed at their deadline with this reason.
class UnreachableMarket : public MeteringGateway
{
public:
    void push(const MeteringCall &, Done done) override
    {
        done({false, QStringLiteral("No Alibaba Cloud Marketplace endpoint is configured on this "
                                    "server (only the sandbox market, with --sandbox).")});
    }
};

} // namespace billing::server
