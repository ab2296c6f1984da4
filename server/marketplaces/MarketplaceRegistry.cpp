#include "MarketplaceRegistry.h"

#include "aliyun/AliyunAdapter.h"
#include "aws/AwsAdapter.h"
#include "azure/AzureAdapter.h"
#include "huawei/HuaweiAdapter.h"

namespace billing::server {

std::vector<std::unique_ptr<MarketplaceAdapter>>
createMarketplaceAdapters(const MarketplaceContext &context)
{
    std::vector<std::unique_ptr<MarketplaceAdapter>> adapters;
    adapters.push_back(std::make_unique<AliyunAdapter>(context));
    adapters.push_back(std::make_unique<HuaweiAdapter>(context));
    adapters.push_back(std::make_unique<AzureAdapter>(context));
    adapters.push_back(std::make_unique<AwsAdapter>(context));
    return adapters;
}

} // namespace billing::server
