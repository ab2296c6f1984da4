#pragma once

namespace billing {
class SiteTable;
}

namespace billing::server {

class AccountService;
class Router;

// POST /api/v1/verification-codes, POST /api/v1/accounts, GET /api/v1/account.
class AccountHandlers
{
public:
    AccountHandlers(AccountService &accounts, const SiteTable &sites);
    void registerRoutes(Router &router);

private:
    AccountService &m_accounts;
    const SiteTable &m_sites;
};

} // namespace billing::server
