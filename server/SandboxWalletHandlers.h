#pragma once

#include "HttpResponse.h"

#include <QString>

#include <optional>

namespace billing::server {

class AccountStore;
class Clock;
class FieldReader;
class Router;
class WalletService;
struct RequestContext;

// Sandbox only: POST /api/v1/sandbox/wallet/recharge {"amount","username"?} and
// POST /api/v1/sandbox/wallet/vouchers {"amount","expiresAt","username"?}; the account is
// "demo" unless named. Both reply with the wallet.
class SandboxWalletHandlers
{
public:
    SandboxWalletHandlers(WalletService &wallets, AccountStore &accounts, const Clock &clock);
    void registerRoutes(Router &router);

private:
    HttpResponse recharge(const RequestContext &context);
    HttpResponse grantVoucher(const RequestContext &context);
    // The account named by "username" (default "demo"); nullopt after reporting the field.
    std::optional<QString> accountOf(FieldReader &reader);

    WalletService &m_wallets;
    AccountStore &m_accounts;
    const Clock &m_clock;
};

} // namespace billing::server
