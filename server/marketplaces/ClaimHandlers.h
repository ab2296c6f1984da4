#pragma once

#include "HttpResponse.h"
#include "StoredInstance.h"

#include <functional>

namespace billing::server {

class ClaimCodes;
class MarketplaceService;
class Router;
struct StoredInstance;
struct RequestContext;

// The account's side of the marketplaces: claiming an AWS or Azure subscription with the code
// its landing page showed, and listing the subscriptions the account may bind.
//   POST /api/v1/marketplace/claims {"code"}       -> 201 subscription, now the account's
//   GET  /api/v1/marketplace/claims/{code}         -> 200 subscription (a preview; claims nothing)
//   GET  /api/v1/marketplace/subscriptions[?marketplace=] -> {"subscriptions":[...]}
class ClaimHandlers
{
public:
    ClaimHandlers(ClaimCodes &claims, MarketplaceService &marketplace);
    void registerRoutes(Router &router);
    // Told of each successful claim before the reply is made (the reply shows its effect).
    void setClaimObserver(std::function<void(const StoredInstance &)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    HttpResponse claim(const RequestContext &context);
    HttpResponse preview(const RequestContext &context);
    HttpResponse subscriptions(const RequestContext &context);
    HttpResponse reply(int status, const QString &accountId, const StoredInstance &subscription);

    ClaimCodes &m_claims;
    MarketplaceService &m_marketplace;
    std::function<void(const StoredInstance &)> m_observer;
};

} // namespace billing::server
