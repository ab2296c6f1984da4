#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "StoredInstance.h"

#include <functional>
#include <optional>

namespace billing::server {

class AwsCustomerResolver;
class AwsSubscriptionKeys;
class ClaimCodes;
class MarketplaceService;
class Router;
class Transactional;

// POST /marketplace/aws/landing: the buyer's browser, sent by AWS Marketplace after the
// subscription with the form field x-amzn-marketplace-token. The token is resolved with
// ResolveCustomer, the subscription stored `pending` (until subscribe-success) and the page
// shows a claim code; an invalid or expired token stores nothing.
class AwsLandingHandler
{
public:
    struct Result {
        HttpResponse page;
        std::optional<StoredInstance> subscription; // set on success
        QString claimCode;                          // XXXX-XXXX, on success
        QString claimLink;
    };

    AwsLandingHandler(AwsCustomerResolver &resolver, AwsSubscriptionKeys &keys,
                      MarketplaceService &marketplace, ClaimCodes &claims,
                      Transactional &transactions, std::function<QString()> publicUrl);
    void registerRoutes(Router &router);

    Result land(const HttpRequest &request);
    static QString newSubscriptionId(); // "aws-" + 20 lowercase hex

private:
    StoredInstance subscriptionFor(const struct AwsCustomer &customer);

    AwsCustomerResolver &m_resolver;
    AwsSubscriptionKeys &m_keys;
    MarketplaceService &m_marketplace;
    ClaimCodes &m_claims;
    Transactional &m_transactions;
    std::function<QString()> m_publicUrl;
};

} // namespace billing::server
