#include "MarketplaceRegistry.h"

#include "aliyun/AliyunAdapter.h"
#include "huawei/HuaweiAdapter.h"
#include "azure/AzureAdapter.h"

namespace billing::server {

std::vector<std::unique_ptr<MarketplaceAdapter>>
createMarketplaceAdapters(const MarketplaceContext &context)
{
    std::vector<std::unique_ptr<MarketplaceAdapter>> adapters;
    adapters.push_back(std::make_unique<AliyunAdapter>(context));
    adapters.push_back(std::make_unique<HuaweiAdapter>(context));
    adapters.push_back(std::make_unique<AzureAdapter>(context));
    return adapters;
}

} // namespace billing::server
