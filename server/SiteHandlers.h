#pragma once

namespace billing {
class SiteTable;
}

namespace billing::server {

class Router;

// GET /healthz, GET /api/v1/sites and GET /api/v1/billing-items: what every caller may read.
class SiteHandlers
{
public:
    explicit SiteHandlers(const SiteTable &sites);
    void registerRoutes(Router &router);

private:
    const SiteTable &m_sites;
};

} // namespace billing::server
