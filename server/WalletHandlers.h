#pragma once

#include "HttpResponse.h"

namespace billing::server {

class LedgerPages;
class Router;
class WalletService;
struct RequestContext;

// GET /api/v1/account/wallet and GET /api/v1/account/ledger (bearer).
class WalletHandlers
{
public:
    WalletHandlers(WalletService &wallets, LedgerPages &ledger);
    void registerRoutes(Router &router);

private:
    HttpResponse wallet(const RequestContext &context);
    HttpResponse ledger(const RequestContext &context);

    WalletService &m_wallets;
    LedgerPages &m_ledger;
};

} // namespace billing::server
