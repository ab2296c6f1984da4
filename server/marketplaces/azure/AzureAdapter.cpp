#include "AzureAdapter.h"

#include "../MarketplaceContext.h"
#include "AzureLanding.h"
#include "AzureMeteringGateway.h"
#include "AzureSandboxConsole.h"
#include "AzureSandboxFulfillment.h"
#include "AzureSandboxMeter.h"
#include "AzureWebhookHandler.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "SecureRandom.h"
#include "ServerOptions.h"

namespace billing::server {

AzureAdapter::AzureAdapter(const MarketplaceContext &context)
    : m_context(context)
    , m_key(context.options.azureWebhookKey)
{
    if (context.options.sandbox) {
        if (m_key.isEmpty()) {
            m_key = SecureRandom::bytes(32).toHex();
            qCInfo(lcMarketplace) << "sandbox: made a webhook key for the Azure console";
        }
        m_sandbox = std::make_unique<AzureSandboxFulfillment>(context.clock);
        m_fulfillment = m_sandbox.get();
        m_meter = std::make_unique<AzureSandboxMeter>(
            context.db, context.transactions,
            [this](const QString &id) { return isSubscribedInMarket(id); });
        m_gateway = std::make_unique<AzureMeteringGateway>(context.marketplace, *m_meter);
    } else {
        m_unreachable = std::make_unique<UnreachableFulfillment>();
        m_fulfillment = m_unreachable.get();
        m_gateway = std::make_unique<UnreachableMarket>(QStringLiteral("Azure Marketplace"), 25);
        if (m_key.isEmpty())
            qCWarning(lcSpi) << "no Azure Marketplace webhook key (--azure-webhook-key or "
                                "BILLING_CENTER_AZURE_WEBHOOK_KEY): /spi/azure/webhook answers 503";
    }
    m_landing = std::make_unique<AzureLanding>(context, *m_fulfillment);
    m_webhook = std::make_unique<AzureWebhookHandler>(context, m_key);
}

AzureAdapter::~AzureAdapter() = default;

void AzureAdapter::registerRoutes(Router &router)
{
    m_landing->registerRoutes(router);
    m_webhook->registerRoutes(router);
}

void AzureAdapter::registerSandboxRoutes(Router &router)
{
    m_console = std::make_unique<AzureSandboxConsole>(m_context, *m_sandbox, *m_meter, *m_landing,
                                                      *m_webhook, m_key);
    m_console->registerRoutes(router);
}

void AzureAdapter::forgetStale()
{
    m_webhook->forgetStale();
}

void AzureAdapter::onClaimed(const StoredInstance &subscription)
{
    const MarketplaceSubscription &claimed = subscription.instance;
    if (claimed.marketplace != SettlementMethod::Azure || claimed.status != InstanceStatus::Pending)
        return;
    const qint64 quantity = claimed.customer.value(QStringLiteral("quantity")).toInteger(1);
    AzureFulfillmentError error;
    if (!m_fulfillment->activate(claimed.instanceId, claimed.planId, quantity, &error)) {
        qCWarning(lcMarketplace) << "azure activate of" << claimed.instanceId << "failed ("
                                 << error.status << error.reason << "): it stays pending";
        return;
    }
    m_context.marketplace.confirm(claimed.instanceId);
}

// The sandbox market's own record when it has one; after a restart (its memory is gone) the
// stored subscription stands in for it.
bool AzureAdapter::isSubscribedInMarket(const QString &subscriptionId) const
{
    if (const auto state = m_sandbox->state(subscriptionId))
        return *state == AzureSandboxFulfillment::State::Subscribed;
    const auto stored = m_context.marketplace.find(subscriptionId);
    return stored && stored->instance.marketplace == SettlementMethod::Azure
           && stored->instance.status == InstanceStatus::Opened;
}

} // namespace billing::server
