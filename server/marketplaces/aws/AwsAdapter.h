#pragma once

#include "../MarketplaceAdapter.h"

#include <memory>

namespace billing::server {

class AwsCustomerResolver;
class AwsLandingHandler;
class AwsNotificationHandler;
class AwsSandboxConsole;
class AwsSandboxMarket;
class AwsSubscriptionKeys;
class SandboxAwsCustomers;
class SandboxSnsSigner;
struct MarketplaceContext;

// AWS Marketplace (SaaS): the landing URL and ResolveCustomer, the SNS subscription
// notifications, BatchMeterUsage; with --sandbox, the marketplace itself (tokens, a signing
// key pair and certificate, a metering service) and its console.
class AwsAdapter : public MarketplaceAdapter
{
public:
    explicit AwsAdapter(const MarketplaceContext &context);
    ~AwsAdapter() override;

    SettlementMethod marketplace() const override { return SettlementMethod::Aws; }
    void registerRoutes(Router &router) override;
    void registerSandboxRoutes(Router &router) override;
    MeteringGateway &meteringGateway() override { return *m_gateway; }
    void forgetStale() override;

private:
    const MarketplaceContext &m_context;
    std::unique_ptr<AwsSubscriptionKeys> m_keys;
    // The sandbox's marketplace (--sandbox only).
    std::unique_ptr<SandboxSnsSigner> m_signer;
    SandboxAwsCustomers *m_sandboxCustomers = nullptr; // m_resolver, with --sandbox
    std::unique_ptr<AwsSandboxMarket> m_market;
    std::unique_ptr<AwsCustomerResolver> m_resolver;
    std::unique_ptr<MeteringGateway> m_gateway;
    std::unique_ptr<AwsLandingHandler> m_landing;
    std::unique_ptr<AwsNotificationHandler> m_notifications;
    std::unique_ptr<AwsSandboxConsole> m_console;
};

} // namespace billing::server
