#pragma once

#include "AzureWebhookEvent.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace billing::server {

class Router;
struct MarketplaceContext;

// POST /spi/azure/webhook: the Azure Marketplace's notifications, each with
// `Authorization: Bearer <JWT>` (AzureJwt). A bad or missing token stores nothing (401/403),
// without a key every call is 503, an id already taken is answered 200 without being applied
// again, an unknown subscription is 404.
class AzureWebhookHandler
{
public:
    AzureWebhookHandler(const MarketplaceContext &context, QByteArray key);
    void registerRoutes(Router &router);

    // What the route does; the sandbox console hands it the requests it signed.
    HttpResponse handle(const HttpRequest &request);
    // How long a taken id is remembered: Azure retries for 8 hours.
    static constexpr qint64 kRememberSeconds = 7 * 24 * 3600;
    void forgetStale();

private:
    HttpResponse apply(const AzureWebhookEvent &event);

    const MarketplaceContext &m_context;
    QByteArray m_key;
};

} // namespace billing::server
