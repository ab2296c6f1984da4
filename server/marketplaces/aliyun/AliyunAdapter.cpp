#include "AliyunAdapter.h"

#include "../MarketplaceContext.h"
#include "Logging.h"
#include "LoginFailureLog.h"
#include "MarketplaceHandlers.h"
#include "OffsetClock.h"
#include "SandboxMarket.h"
#include "SandboxMeteringHandlers.h"
#include "ServerOptions.h"
#include "SpiHandler.h"

namespace billing::server {

AliyunAdapter::AliyunAdapter(const MarketplaceContext &context)
    // On PostgreSQL the processes count wrong tokens together, in the database.
    : m_spi(std::make_unique<SpiHandler>(
        context.marketplace, context.clock, context.systemClock, context.options.spiKey,
        SqlStatement::isPostgres(context.db) ? std::make_unique<SqlLoginFailureLog>(context.db)
                                             : nullptr))
    , m_instances(std::make_unique<MarketplaceHandlers>(context.marketplace, context.accounts))
    , m_context(context)
{
    if (context.options.sandbox) {
        auto market = std::make_unique<SandboxMarket>(context.db, context.transactions);
        m_sandboxMarket = market.get();
        m_gateway = std::move(market);
    } else {
        m_gateway = std::make_unique<UnreachableMarket>();
    }
    if (context.options.spiKey.isEmpty())
        qCWarning(lcSpi) << "no Alibaba Cloud Marketplace key (--aliyun-spi-key or "
                            "BILLING_CENTER_ALIYUN_SPI_KEY): /spi/aliyun answers 503";
}

AliyunAdapter::~AliyunAdapter() = default;

void AliyunAdapter::registerRoutes(Router &router)
{
    m_spi->registerRoutes(router);
    m_instances->registerRoutes(router);
}

void AliyunAdapter::registerSandboxRoutes(Router &router)
{
    m_sandboxMetering =
        std::make_unique<SandboxMeteringHandlers>(*m_sandboxMarket, m_context.clock);
    m_sandboxMetering->registerRoutes(router);
}

void AliyunAdapter::forgetStale()
{
    m_spi->forgetStaleFailures();
}

} // namespace billing::server
