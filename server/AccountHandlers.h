#pragma once

#include "HttpResponse.h"
#include "MailQuota.h"
#include "Outcome.h"

namespace billing {
class SiteTable;
}

namespace billing::server {

class AccountService;
class Clock;
class Router;
struct RegisteredAccount;

// POST /api/v1/verification-codes (within the MailQuota), POST /api/v1/accounts (its
// password hashed on the worker pool), GET /api/v1/account.
class AccountHandlers
{
public:
    AccountHandlers(AccountService &accounts, const SiteTable &sites, const Clock &clock);
    void registerRoutes(Router &router);

private:
    static HttpResponse created(const Outcome<RegisteredAccount> &outcome);

    AccountService &m_accounts;
    const SiteTable &m_sites;
    MailQuota m_mailQuota;
};

} // namespace billing::server
