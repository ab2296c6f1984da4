#include "HuaweiInstanceLookup.h"

#include "MarketplaceService.h"
#include "Router.h"

#include <MarketplaceIds.h>

namespace billing::server {

HuaweiInstanceLookup::HuaweiInstanceLookup(MarketplaceService &marketplace)
    : m_marketplace(marketplace)
{}

void HuaweiInstanceLookup::registerRoutes(Router &router)
{
    router.add(
        "GET", QStringLiteral("/api/v1/marketplace/huawei/instances/{instanceId}"),
        {Auth::Bearer, false}, [this](RequestContext &context) {
            const HttpResponse notFound =
                HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such instance."));
            const IdParseResult id = parseMarketplaceToken(context.param(0));
            if (!id.ok())
                return notFound;
            const auto instance = m_marketplace.find(id.value);
            if (!instance || instance->instance.marketplace != SettlementMethod::Huawei)
                return notFound;
            const qint64 bound = m_marketplace.boundWorkspaces(id.value, context.account().id);
            bool visible = bound > 0;
            if (const auto account =
                    context.request.queryValue(QStringLiteral("huaweiAccountId"))) {
                const IdParseResult named = parseHuaweiAccountId(*account);
                visible =
                    visible || (named.ok() && named.value == instance->instance.customerAccount());
            }
            if (!visible)
                return notFound;
            return HttpResponse::json(200, instance->toSubscriptionJson(bound));
        });
}

} // namespace billing::server
