#pragma once

namespace billing::server {

class MarketplaceService;
class Router;

// GET /api/v1/marketplace/huawei/instances/{instanceId}?huaweiAccountId= (bearer): the
// subscription for the binding form's verify button. Visible when the query names the
// instance's Huawei Cloud account or a workspace of the caller is bound to it; else 404, so
// the lookup tells a stranger nothing.
class HuaweiInstanceLookup
{
public:
    explicit HuaweiInstanceLookup(MarketplaceService &marketplace);
    void registerRoutes(Router &router);

private:
    MarketplaceService &m_marketplace;
};

} // namespace billing::server
