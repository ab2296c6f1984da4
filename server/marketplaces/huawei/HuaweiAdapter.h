#pragma once

#include "../MarketplaceAdapter.h"

#include <memory>

namespace billing::server {

class HuaweiCallbackHandler;
class HuaweiInstanceLookup;
class HuaweiSandboxConsole;
class HuaweiSandboxMarket;
struct MarketplaceContext;

// Huawei Cloud KooGallery (SaaS, interface version 2): the signed POST /spi/huawei callbacks,
// the instance lookup for the binding form, the sandbox console, and usage records to the
// usage-data API (the sandbox market, or nowhere without --sandbox).
class HuaweiAdapter : public MarketplaceAdapter
{
public:
    explicit HuaweiAdapter(const MarketplaceContext &context);
    ~HuaweiAdapter() override;

    SettlementMethod marketplace() const override { return SettlementMethod::Huawei; }
    void registerRoutes(Router &router) override;
    void registerSandboxRoutes(Router &router) override;
    MeteringGateway &meteringGateway() override { return *m_gateway; }
    void forgetStale() override;

private:
    const MarketplaceContext &m_context;
    std::unique_ptr<HuaweiCallbackHandler> m_callbacks;
    std::unique_ptr<HuaweiInstanceLookup> m_lookup;
    std::unique_ptr<HuaweiSandboxMarket> m_market; // with --sandbox
    std::unique_ptr<MeteringGateway> m_gateway;
    std::unique_ptr<HuaweiSandboxConsole> m_console;
};

} // namespace billing::server
