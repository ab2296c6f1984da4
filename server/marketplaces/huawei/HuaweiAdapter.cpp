#include "HuaweiAdapter.h"

#include "../MarketplaceContext.h"
#include "HuaweiCallbackHandler.h"
#include "HuaweiInstanceLookup.h"
#include "HuaweiMeteringGateway.h"
#include "HuaweiSandboxConsole.h"
#include "HuaweiSandboxMarket.h"
#include "HuaweiUsageRecords.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "SecureRandom.h"
#include "ServerOptions.h"

namespace billing::server {
namespace {
// The configured key; the sandbox makes its own when none is given.
QByteArray keyOf(const MarketplaceContext &context)
{
    if (!context.options.huaweiKey.isEmpty() || !context.options.sandbox)
        return context.options.huaweiKey;
    return SecureRandom::bytes(32).toHex();
}
} // namespace

HuaweiAdapter::HuaweiAdapter(const MarketplaceContext &context)
    : m_context(context)
    , m_callbacks(std::make_unique<HuaweiCallbackHandler>(context, keyOf(context)))
    , m_lookup(std::make_unique<HuaweiInstanceLookup>(context.marketplace))
{
    if (context.options.sandbox) {
        m_market = std::make_unique<HuaweiSandboxMarket>(
            context.db, context.transactions, [&context](const QString &instanceId) {
                const auto instance = context.marketplace.find(instanceId);
                return instance && instance->instance.marketplace == SettlementMethod::Huawei;
            });
        m_gateway = std::make_unique<HuaweiMeteringGateway>(*m_market);
    } else {
        m_gateway = std::make_unique<UnreachableMarket>(QStringLiteral("Huawei Cloud KooGallery"),
                                                        HuaweiUsageRecords::kMaxRecordsPerCall);
    }
    if (m_callbacks->key().isEmpty())
        qCWarning(lcSpi) << "no Huawei Cloud KooGallery key (--huawei-key or "
                            "BILLING_CENTER_HUAWEI_KEY): /spi/huawei answers 503";
}

HuaweiAdapter::~HuaweiAdapter() = default;

void HuaweiAdapter::registerRoutes(Router &router)
{
    m_callbacks->registerRoutes(router);
    m_lookup->registerRoutes(router);
}

void HuaweiAdapter::registerSandboxRoutes(Router &router)
{
    m_console = std::make_unique<HuaweiSandboxConsole>(m_context, *m_callbacks, *m_market);
    m_console->registerRoutes(router);
}

void HuaweiAdapter::forgetStale()
{
    m_callbacks->forgetStale();
}

} // namespace billing::server
