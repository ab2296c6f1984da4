#pragma once

#include "AzureFulfillment.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "StoredInstance.h"

namespace billing::server {

class Router;
struct MarketplaceContext;

// GET /marketplace/azure/landing?token=…: the buyer's browser arrives from Azure with a
// landing token. The token is resolved with the fulfillment API, the subscription is stored
// `pending` (idempotent by `azure:<id>`), and the page shows a new claim code. A bad or expired
// token stores nothing.
class AzureLanding
{
public:
    struct Landed {
        StoredInstance subscription;
        QString claimCode; // XXXX-XXXX
        QString claimLink; // billingdesk://claim?…
    };

    AzureLanding(const MarketplaceContext &context, AzureFulfillment &fulfillment);
    void registerRoutes(Router &router);

    // What the route does before it draws the page; the sandbox console calls it too.
    std::optional<Landed> land(const QString &token, AzureFulfillmentError *error);
    HttpResponse handle(const HttpRequest &request);

    static QString marketplaceName() { return QStringLiteral("Azure Marketplace"); }

private:
    const MarketplaceContext &m_context;
    AzureFulfillment &m_fulfillment;
};

} // namespace billing::server
