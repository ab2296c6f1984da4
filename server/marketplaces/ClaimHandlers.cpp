#include "ClaimHandlers.h"

#include "ClaimCodes.h"
#include "MarketplaceService.h"
#include "RequestBody.h"
#include "Router.h"

#include <QJsonArray>

namespace billing::server {
namespace {
HttpResponse failure(const ApiError &error, qint64 retryAfter)
{
    HttpResponse response = HttpResponse::error(error);
    if (retryAfter > 0)
        response.withHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}
} // namespace

ClaimHandlers::ClaimHandlers(ClaimCodes &claims, MarketplaceService &marketplace)
    : m_claims(claims)
    , m_marketplace(marketplace)
{}

void ClaimHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/marketplace/claims"), {Auth::Bearer, true},
               [this](RequestContext &context) { return claim(context); });
    router.add("GET", QStringLiteral("/api/v1/marketplace/claims/{code}"), {Auth::Bearer, false},
               [this](RequestContext &context) { return preview(context); });
    router.add("GET", QStringLiteral("/api/v1/marketplace/subscriptions"), {Auth::Bearer, false},
               [this](RequestContext &context) { return subscriptions(context); });
}

HttpResponse ClaimHandlers::reply(int status, const QString &accountId,
                                  const StoredInstance &subscription)
{
    const qint64 bound = m_marketplace.boundWorkspaces(subscription.instance.instanceId, accountId);
    return HttpResponse::json(status, subscription.toSubscriptionJson(bound));
}

HttpResponse ClaimHandlers::claim(const RequestContext &context)
{
    RequestBody body(context.request.body, {"code"});
    const auto code = body.fields().string("code");
    if (!body.ok())
        return HttpResponse::error(body.error());
    qint64 retryAfter = 0;
    const QString accountId = context.account().id;
    const auto outcome = m_claims.claim(accountId, *code, &retryAfter);
    if (!outcome.ok())
        return failure(outcome.error(), retryAfter);
    if (!m_observer)
        return reply(201, accountId, outcome.value());
    m_observer(outcome.value());
    const QString id = outcome.value().instance.instanceId;
    return reply(201, accountId, m_marketplace.find(id).value_or(outcome.value()));
}

HttpResponse ClaimHandlers::preview(const RequestContext &context)
{
    qint64 retryAfter = 0;
    const QString accountId = context.account().id;
    const auto outcome = m_claims.preview(accountId, context.param(0), &retryAfter);
    if (!outcome.ok())
        return failure(outcome.error(), retryAfter);
    return reply(200, accountId, outcome.value());
}

HttpResponse ClaimHandlers::subscriptions(const RequestContext &context)
{
    const auto wanted = context.request.queryValue(QStringLiteral("marketplace"));
    std::optional<SettlementMethod> marketplace;
    if (wanted) {
        marketplace = settlementMethodFromWire(*wanted);
        if (!marketplace || !isCloudMethod(*marketplace)) {
            return HttpResponse::error(
                ErrorCode::ValidationFailed, QStringLiteral("Unknown marketplace."),
                {{QStringLiteral("marketplace"),
                  QStringLiteral("Must be one of aliyun, aws, huawei, azure.")}});
        }
    }
    const QString accountId = context.account().id;
    QJsonArray items;
    for (const StoredInstance &subscription : m_marketplace.ofAccount(accountId)) {
        if (marketplace && subscription.instance.marketplace != *marketplace)
            continue;
        const qint64 bound =
            m_marketplace.boundWorkspaces(subscription.instance.instanceId, accountId);
        items.append(subscription.toSubscriptionJson(bound));
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("subscriptions"), items}});
}

} // namespace billing::server
