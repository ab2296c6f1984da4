#include "HuaweiMeteringGateway.h"

#include "HuaweiSandboxMarket.h"
#include "HuaweiUsageRecords.h"

#include <QJsonArray>

namespace billing::server {

HuaweiMeteringGateway::HuaweiMeteringGateway(HuaweiSandboxMarket &market)
    : m_market(market)
{}

int HuaweiMeteringGateway::maxRecordsPerCall() const
{
    return HuaweiUsageRecords::kMaxRecordsPerCall;
}

void HuaweiMeteringGateway::push(const MeteringCall &call, Done done)
{
    MeteringCallResult result{true, {}, {}};
    const auto wire = HuaweiUsageRecords::fromMetering(call.records);
    for (const auto &records : HuaweiUsageRecords::calls(wire)) {
        QJsonArray usageRecords;
        for (const auto &record : records)
            usageRecords.append(record.record);
        const HuaweiSandboxMarket::Answer answer = m_market.accept(usageRecords, call.sentAt);
        for (const auto &record : records) {
            const QString sn = record.record.value(u"metering_sn").toString();
            const QString code = answer.accepted ? answer.result.value(sn) : answer.error;
            if (!code.isEmpty() && !code.startsWith(HuaweiSandboxMarket::kDuplicate)
                && !result.refused.contains(record.seq))
                result.refused.insert(record.seq, code);
        }
    }
    done(result);
}

} // namespace billing::server
