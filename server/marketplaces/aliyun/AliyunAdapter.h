#pragma once

#include "../MarketplaceAdapter.h"

#include <memory>

namespace billing::server {

class MarketplaceHandlers;
class SandboxMarket;
class SandboxMeteringHandlers;
class SpiHandler;
struct MarketplaceContext;

// Alibaba Cloud Marketplace: the signed GET /spi/aliyun callbacks, the instance lookup for
// the binding form, and PushMeteringData (the sandbox market, or nowhere without --sandbox).
// The sandbox console of instances is SandboxHandlers' (it predates the adapters).
class AliyunAdapter : public MarketplaceAdapter
{
public:
    explicit AliyunAdapter(const MarketplaceContext &context);
    ~AliyunAdapter() override;

    SettlementMethod marketplace() const override { return SettlementMethod::Aliyun; }
    void registerRoutes(Router &router) override;
    void registerSandboxRoutes(Router &router) override;
    MeteringGateway &meteringGateway() override { return *m_gateway; }
    void forgetStale() override;

private:
    std::unique_ptr<SpiHandler> m_spi;
    std::unique_ptr<MarketplaceHandlers> m_instances;
    std::unique_ptr<MeteringGateway> m_gateway;
    SandboxMarket *m_sandboxMarket = nullptr; // m_gateway, with --sandbox
    std::unique_ptr<SandboxMeteringHandlers> m_sandboxMetering;
    const MarketplaceContext &m_context;
};

} // namespace billing::server
