#pragma once

#include "../MarketplaceAdapter.h"

#include <QByteArray>

#include <memory>

namespace billing::server {

class AzureFulfillment;
class AzureLanding;
class AzureSandboxConsole;
class AzureSandboxFulfillment;
class AzureSandboxMeter;
class AzureWebhookHandler;
struct MarketplaceContext;

// Azure Marketplace (SaaS fulfillment v2): the landing page (resolve, then a claim code), the
// JWT-checked webhook, `activate` once a subscription is claimed, and batchUsageEvent metering.
// With --sandbox the fulfillment and metering APIs are the sandbox market's, and the webhook
// key is made at start unless --azure-webhook-key gives one.
class AzureAdapter : public MarketplaceAdapter
{
public:
    explicit AzureAdapter(const MarketplaceContext &context);
    ~AzureAdapter() override;

    SettlementMethod marketplace() const override { return SettlementMethod::Azure; }
    void registerRoutes(Router &router) override;
    void registerSandboxRoutes(Router &router) override;
    MeteringGateway &meteringGateway() override { return *m_gateway; }
    void forgetStale() override;
    // Azure bills from `activate` on: a pending subscription is activated once claimed.
    void onClaimed(const StoredInstance &subscription) override;

private:
    bool isSubscribedInMarket(const QString &subscriptionId) const;

    const MarketplaceContext &m_context;
    QByteArray m_key;
    std::unique_ptr<AzureSandboxFulfillment> m_sandbox; // with --sandbox
    std::unique_ptr<AzureSandboxMeter> m_meter;         // with --sandbox
    std::unique_ptr<AzureFulfillment> m_unreachable;    // without
    AzureFulfillment *m_fulfillment = nullptr;
    std::unique_ptr<MeteringGateway> m_gateway;
    std::unique_ptr<AzureLanding> m_landing;
    std::unique_ptr<AzureWebhookHandler> m_webhook;
    std::unique_ptr<AzureSandboxConsole> m_console;
};

} // namespace billing::server
