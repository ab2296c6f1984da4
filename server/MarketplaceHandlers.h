#pragma once

namespace billing::server {

class AccountStore;
class MarketplaceService;
class Router;

// GET /api/v1/marketplace/aliyun/instances/{instanceId}: visible to an account that has bound
// the instance's Alibaba Cloud UID, or that names it with ?aliUid=.
class MarketplaceHandlers
{
public:
    MarketplaceHandlers(MarketplaceService &marketplace, AccountStore &accounts);
    void registerRoutes(Router &router);

private:
    MarketplaceService &m_marketplace;
    AccountStore &m_accounts;
};

} // namespace billing::server
