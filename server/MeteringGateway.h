#pragma once

#include "MeteringRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace billing::server {

// One metering call: at most the gateway's maxRecordsPerCall() records (Alibaba Cloud's
// PushMeteringData: 100), sent at `sentAt` (server clock).
struct MeteringCall {
    static constexpr int kMaxRecords = 100;
    QList<MeteringRecord> records;
    QDateTime sentAt;
};

// The marketplace's answer to a call. Alibaba Cloud accepts every record or none; the others
// answer per record, and those they refused one by one (seq -> why) are retried like a
// refused call while the others count as pushed.
struct MeteringCallResult {
    MeteringCallResult() = default;
    MeteringCallResult(bool accepted, QString error, QHash<qint64, QString> refused = {})
        : accepted(accepted)
        , error(std::move(error))
        , refused(std::move(refused))
    {}

    bool accepted = false;
    QString error; // why not, in the marketplace's words; empty when accepted
    QHash<qint64, QString> refused;
};

// Where metering records go: the Alibaba Cloud Marketplace, or the sandbox playing it.
// `done` runs exactly once, possibly before push() returns.
class MeteringGateway
{
public:
    using Done = std::function<void(const MeteringCallResult &)>;
    virtual ~MeteringGateway() = default;
    virtual void push(const MeteringCall &call, Done done) = 0;
    virtual int maxRecordsPerCall() const { return MeteringCall::kMaxRecords; }
};

// Without --sandbox this server knows no marketplace endpoint: every call fails, so records
// wait, retry and end push_failed at their deadline with this reason.
class UnreachableMarket : public MeteringGateway
{
public:
    explicit UnreachableMarket(
        QString marketplaceName = QStringLiteral("Alibaba Cloud Marketplace"),
        int maxRecords = MeteringCall::kMaxRecords)
        : m_name(std::move(marketplaceName))
        , m_maxRecords(maxRecords)
    {}
    void push(const MeteringCall &, Done done) override
    {
        done({false, QStringLiteral("No %1 endpoint is configured on this server (only the sandbox "
                                    "market, with --sandbox).")
                         .arg(m_name)});
    }
    int maxRecordsPerCall() const override { return m_maxRecords; }

private:
    QString m_name;
    int m_maxRecords;
};

} // namespace billing::server
