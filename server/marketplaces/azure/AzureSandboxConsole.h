#pragma once

#include "AzureWebhookEvent.h"
#include "HttpResponse.h"

namespace billing::server {

class AzureLanding;
class AzureSandboxFulfillment;
class AzureSandboxMeter;
class AzureWebhookHandler;
class Router;
struct MarketplaceContext;
struct RequestContext;

// The sandbox's Azure Marketplace console (--sandbox only), played through the server's own
// Azure code: subscribing mints a landing token and lands it (as the buyer's browser would);
// each other action signs a webhook call with the webhook key and hands it to the webhook
// handler.
//   POST /api/v1/sandbox/azure/subscriptions {"planId"?,"quantity"?,"refuseActivation"?}
//        -> 201 {"subscription","claimCode","claimLink","landingUrl"}
//   POST /api/v1/sandbox/azure/subscriptions/{id}/suspend|reinstate|renew|unsubscribe
//   POST /api/v1/sandbox/azure/subscriptions/{id}/change-plan {"planId"}
//   POST /api/v1/sandbox/azure/subscriptions/{id}/change-quantity {"quantity"}
//        -> 200 subscription (or the webhook's error)
//   GET  /api/v1/sandbox/azure/metering[?subscriptionId=] -> {"records":[…]}
//   POST /api/v1/sandbox/azure/batchUsageEvent {"request":[…]} -> the market's own answer
class AzureSandboxConsole
{
public:
    AzureSandboxConsole(const MarketplaceContext &context, AzureSandboxFulfillment &market,
                        AzureSandboxMeter &meter, AzureLanding &landing,
                        AzureWebhookHandler &webhook, QByteArray key);
    void registerRoutes(Router &router);

private:
    HttpResponse subscribe(const RequestContext &context);
    HttpResponse act(const RequestContext &context, AzureAction action);
    HttpResponse metering(const RequestContext &context);
    HttpResponse sendWebhook(const AzureWebhookEvent &event);

    const MarketplaceContext &m_context;
    AzureSandboxFulfillment &m_market;
    AzureSandboxMeter &m_meter;
    AzureLanding &m_landing;
    AzureWebhookHandler &m_webhook;
    QByteArray m_key;
};

} // namespace billing::server
