#include "MarketplaceHandlers.h"

#include "AccountStore.h"
#include "MarketplaceService.h"
#include "Router.h"

#include <AliyunIds.h>

namespace billing::server {

MarketplaceHandlers::MarketplaceHandlers(MarketplaceService &marketplace, AccountStore &accounts)
    : m_marketplace(marketplace)
    , m_accounts(accounts)
{}

void MarketplaceHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/marketplace/aliyun/instances/{instanceId}"),
               {Auth::Bearer, false}, [this](RequestContext &context) {
                   const HttpResponse notFound = HttpResponse::error(
                       ErrorCode::NotFound, QStringLiteral("No such instance."));
                   const IdParseResult id = parseInstanceId(context.param(0));
                   if (!id.ok())
                       return notFound;
                   const auto instance = m_marketplace.find(id.value);
                   if (!instance)
                       return notFound;
                   const QString &owner = instance->instance.aliUid;
                   bool visible = m_accounts.hasBoundAliUid(context.account().id, owner);
                   if (const auto aliUid = context.request.queryValue(QStringLiteral("aliUid"))) {
                       const IdParseResult uid = parseAliyunAccountId(*aliUid);
                       visible = visible || (uid.ok() && uid.value == owner);
                   }
                   if (!visible)
                       return notFound;
                   const qint64 bound =
                       m_marketplace.boundWorkspaces(id.value, context.account().id);
                   return HttpResponse::json(200, instance->toJson(bound));
               });
}

} // namespace billing::server
