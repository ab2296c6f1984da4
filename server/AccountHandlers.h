#pragma once

#include "MailQuota.h"

namespace billing {
class SiteTable;
}

namespace billing::server {

class AccountService;
class Clock;
class Router;

// POST /api/v1/verification-codes (within the MailQuota), POST /api/v1/accounts,
// GET /api/v1/account.
class AccountHandlers
{
public:
    AccountHandlers(AccountService &accounts, const SiteTable &sites, const Clock &clock);
    void registerRoutes(Router &router);

private:
    AccountService &m_accounts;
    const SiteTable &m_sites;
    MailQuota m_mailQuota;
};

} // namespace billing::server
