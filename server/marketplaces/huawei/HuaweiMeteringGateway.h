#pragma once

#include "MeteringGateway.h"

namespace billing::server {

class HuaweiSandboxMarket;

// Metering records to KooGallery's usage-data API: one usage record per entity, calls of at
// most 1 000 usage records. A metering record counts as pushed when every one of its usage
// records was accepted or was a duplicate (005: KooGallery already holds that metering_sn);
// otherwise it is refused with the first reason and retried.
class HuaweiMeteringGateway : public MeteringGateway
{
public:
    explicit HuaweiMeteringGateway(HuaweiSandboxMarket &market);

    void push(const MeteringCall &call, Done done) override;
    int maxRecordsPerCall() const override;

private:
    HuaweiSandboxMarket &m_market;
};

} // namespace billing::server
