#pragma once

#include "MarketplaceAdapter.h"

#include <memory>
#include <vector>

namespace billing::server {

struct MarketplaceContext;

// Every marketplace this server settles through, in the order their routes are registered.
std::vector<std::unique_ptr<MarketplaceAdapter>>
createMarketplaceAdapters(const MarketplaceContext &context);

} // namespace billing::server
