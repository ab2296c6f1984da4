#include "AzureLanding.h"

#include "../ClaimCodes.h"
#include "../ClaimPage.h"
#include "../MarketplaceContext.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "Router.h"
#include "Transactional.h"

#include <MarketplaceIds.h>

namespace billing::server {
namespace {
constexpr qsizetype kMaxTokenLength = 4096;
constexpr qsizetype kMaxTextLength = 256;

StoredInstance pendingSubscription(const AzureResolvedSubscription &resolved, const QString &id)
{
    StoredInstance stored;
    MarketplaceSubscription &subscription = stored.instance;
    subscription.marketplace = SettlementMethod::Azure;
    subscription.instanceId = id;
    subscription.customer = {{QStringLiteral("subscriptionName"), resolved.subscriptionName},
                             {QStringLiteral("offerId"), resolved.offerId},
                             {QStringLiteral("quantity"), resolved.quantity}};
    subscription.productCode = resolved.offerId;
    subscription.planId = resolved.planId;
    subscription.orderBizId = QStringLiteral("azure:") + id;
    subscription.status = InstanceStatus::Pending;
    return stored;
}

bool plausible(const AzureResolvedSubscription &resolved)
{
    for (const QString *text : {&resolved.subscriptionName, &resolved.offerId, &resolved.planId}) {
        if (text->size() > kMaxTextLength)
            return false;
    }
    return !resolved.offerId.isEmpty() && !resolved.planId.isEmpty() && resolved.quantity >= 0;
}
} // namespace

AzureLanding::AzureLanding(const MarketplaceContext &context, AzureFulfillment &fulfillment)
    : m_context(context)
    , m_fulfillment(fulfillment)
{}

void AzureLanding::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/marketplace/azure/landing"), {},
               [this](RequestContext &context) { return handle(context.request); });
}

std::optional<AzureLanding::Landed> AzureLanding::land(const QString &token,
                                                       AzureFulfillmentError *error)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength) {
        *error = {400, QStringLiteral("The link carries no marketplace token.")};
        return std::nullopt;
    }
    const auto resolved = m_fulfillment.resolve(token, error);
    if (!resolved)
        return std::nullopt;
    const IdParseResult id = parseAzureSubscriptionId(resolved->id);
    if (!id.ok() || !plausible(*resolved)) {
        *error = {502, QStringLiteral("The marketplace answered with an unusable subscription.")};
        return std::nullopt;
    }
    TransactionGuard transaction(m_context.transactions);
    Landed landed;
    landed.subscription =
        m_context.marketplace.createSubscription(pendingSubscription(*resolved, id.value));
    if (!landed.subscription.instance.isLive()
        || landed.subscription.instance.marketplace != SettlementMethod::Azure) {
        *error = {400, QStringLiteral("This subscription was cancelled.")};
        return std::nullopt;
    }
    landed.claimCode = m_context.claims.issue(id.value);
    transaction.commit();
    landed.claimLink = ClaimCodes::link(m_context.publicUrl(), landed.claimCode);
    qCInfo(lcMarketplace) << "azure landing: subscription" << id.value << "is"
                          << toWire(landed.subscription.instance.status) << "; claim code issued";
    return landed;
}

HttpResponse AzureLanding::handle(const HttpRequest &request)
{
    AzureFulfillmentError error;
    const auto landed =
        land(request.queryValue(QStringLiteral("token")).value_or(QString()), &error);
    if (!landed) {
        qCInfo(lcMarketplace) << "azure landing refused:" << error.reason;
        return ClaimPage::failure(error.status, marketplaceName(), error.reason);
    }
    return ClaimPage::success(marketplaceName(), landed->subscription.instance.instanceId,
                              landed->claimCode, landed->claimLink);
}

} // namespace billing::server
