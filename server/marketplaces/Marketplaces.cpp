#include "Marketplaces.h"

#include "ClaimCodes.h"
#include "ClaimHandlers.h"
#include "MarketplaceContext.h"
#include "MarketplaceMessages.h"
#include "MarketplaceRegistry.h"
#include "MeteringPusher.h"
#include "OffsetClock.h"
#include "ServerOptions.h"

namespace billing::server {

Marketplaces::Marketplaces(const Services &services)
    : m_claims(std::make_unique<ClaimCodes>(services.db, services.instances, services.transactions,
                                            services.clock))
    , m_messages(std::make_unique<MarketplaceMessages>(services.db))
    , m_context(std::make_unique<MarketplaceContext>(MarketplaceContext{
          services.marketplace, *m_claims, *m_messages, services.clock, services.systemClock,
          services.transactions, services.db, services.options, services.mails, services.clock,
          services.accounts, services.publicUrl}))
    , m_claimHandlers(std::make_unique<ClaimHandlers>(*m_claims, services.marketplace))
    , m_adapters(createMarketplaceAdapters(*m_context))
{
    m_claimHandlers->setClaimObserver([this](const StoredInstance &claimed) {
        for (const auto &adapter : m_adapters) {
            if (adapter->marketplace() == claimed.instance.marketplace)
                adapter->onClaimed(claimed);
        }
    });
}

Marketplaces::~Marketplaces() = default;

void Marketplaces::registerRoutes(Router &router)
{
    m_claimHandlers->registerRoutes(router);
    for (const auto &adapter : m_adapters) {
        adapter->registerRoutes(router);
        if (m_context->options.sandbox)
            adapter->registerSandboxRoutes(router);
    }
}

void Marketplaces::startMetering(SqliteMeteringRecords &records, int pollMs,
                                 const std::function<bool()> &mayPush)
{
    for (const auto &adapter : m_adapters) {
        m_pushers.push_back(std::make_unique<MeteringPusher>(
            records, adapter->meteringGateway(), m_context->transactions, m_context->clock,
            adapter->marketplace()));
        m_pushers.back()->start(pollMs, mayPush);
    }
}

void Marketplaces::pushDue(const QDateTime &now)
{
    for (const auto &pusher : m_pushers)
        pusher->pushDue(now);
}

void Marketplaces::forgetStale()
{
    m_claims->forgetStale();
    for (const auto &adapter : m_adapters)
        adapter->forgetStale();
}

} // namespace billing::server
