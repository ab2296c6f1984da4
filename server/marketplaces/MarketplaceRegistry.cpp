#include "MarketplaceRegistry.h"

#include "aliyun/AliyunAdapter.h"

namespace billing::server {

std::vector<std::unique_ptr<MarketplaceAdapter>>
createMarketplaceAdapters(const MarketplaceContext &context)
{
    std::vector<std::unique_ptr<MarketplaceAdapter>> adapters;
    adapters.push_back(std::make_unique<AliyunAdapter>(context));
    return adapters;
}

} // namespace billing::server
