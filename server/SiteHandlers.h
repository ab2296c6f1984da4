#pragma once

namespace billing {
class SiteTable;
}

namespace billing::server {

class Router;

// GET /healthz and GET /api/v1/sites.
class SiteHandlers
{
public:
    explicit SiteHandlers(const SiteTable &sites);
    void registerRoutes(Router &router);

private:
    const SiteTable &m_sites;
};

} // namespace billing::server
