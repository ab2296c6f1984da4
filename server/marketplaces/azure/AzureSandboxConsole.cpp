#include "AzureSandboxConsole.h"

#include "../MarketplaceContext.h"
#include "AzureJwt.h"
#include "AzureLanding.h"
#include "AzureSandboxFulfillment.h"
#include "AzureSandboxMeter.h"
#include "AzureWebhookHandler.h"
#include "Clock.h"
#include "MarketplaceService.h"
#include "RequestBody.h"
#include "Router.h"

#include <MarketplaceIds.h>

#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace billing::server {
namespace {
constexpr qint64 kMaxQuantity = 1000000;
const QString kBase = QStringLiteral("/api/v1/sandbox/azure/subscriptions");

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<qint64> quantityField(RequestBody &body, bool required)
{
    const auto quantity = body.fields().integer("quantity", required);
    if (quantity && (*quantity < 1 || *quantity > kMaxQuantity)) {
        body.fields().fail("quantity", QStringLiteral("Must be 1 to %1.").arg(kMaxQuantity));
        return std::nullopt;
    }
    return quantity;
}
} // namespace

AzureSandboxConsole::AzureSandboxConsole(const MarketplaceContext &context,
                                         AzureSandboxFulfillment &market, AzureSandboxMeter &meter,
                                         AzureLanding &landing, AzureWebhookHandler &webhook,
                                         QByteArray key)
    : m_context(context)
    , m_market(market)
    , m_meter(meter)
    , m_landing(landing)
    , m_webhook(webhook)
    , m_key(std::move(key))
{}

void AzureSandboxConsole::registerRoutes(Router &router)
{
    router.add("POST", kBase, {Auth::None, true},
               [this](RequestContext &context) { return subscribe(context); });
    const std::pair<const char *, AzureAction> actions[] = {
        {"suspend", AzureAction::Suspend},
        {"reinstate", AzureAction::Reinstate},
        {"renew", AzureAction::Renew},
        {"unsubscribe", AzureAction::Unsubscribe},
        {"change-plan", AzureAction::ChangePlan},
        {"change-quantity", AzureAction::ChangeQuantity},
    };
    for (const auto &[path, action] : actions) {
        router.add("POST", kBase + QStringLiteral("/{id}/") + QLatin1String(path),
                   {Auth::None, true},
                   [this, action](RequestContext &context) { return act(context, action); });
    }
    router.add("GET", QStringLiteral("/api/v1/sandbox/azure/metering"), {},
               [this](RequestContext &context) { return metering(context); });
    router.add("POST", QStringLiteral("/api/v1/sandbox/azure/batchUsageEvent"), {},
               [this](RequestContext &context) {
                   int status = 0;
                   const QByteArray reply = m_meter.batchUsageEvent(context.request.body,
                                                                    m_context.clock.now(), &status);
                   return HttpResponse::rawJson(status, reply);
               });
}

HttpResponse AzureSandboxConsole::subscribe(const RequestContext &context)
{
    RequestBody body(context.request.body, {"planId", "quantity", "refuseActivation"}, true);
    const QString planId =
        body.fields().string("planId", false).value_or(QStringLiteral("standard"));
    const qint64 quantity = quantityField(body, false).value_or(1);
    const bool refuse = body.fields().boolean("refuseActivation", false).value_or(false);
    if (planId.isEmpty() || planId.size() > 50)
        body.fields().fail("planId", QStringLiteral("Must be 1 to 50 characters."));
    if (!body.ok())
        return HttpResponse::error(body.error());
    const QString token = m_market.subscribe(planId, quantity, refuse);
    AzureFulfillmentError error;
    const auto landed = m_landing.land(token, &error);
    if (!landed)
        return HttpResponse::error(ErrorCode::Internal, error.reason);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token);
    QString base = m_context.publicUrl();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString landingUrl =
        base + QStringLiteral("/marketplace/azure/landing?") + query.query(QUrl::FullyEncoded);
    return HttpResponse::json(
        201, {{QStringLiteral("subscription"), landed->subscription.toSubscriptionJson(0)},
              {QStringLiteral("claimCode"), landed->claimCode},
              {QStringLiteral("claimLink"), landed->claimLink},
              {QStringLiteral("landingUrl"), landingUrl}});
}

HttpResponse AzureSandboxConsole::act(const RequestContext &context, AzureAction action)
{
    const IdParseResult id = parseAzureSubscriptionId(context.param(0));
    const auto stored = id.ok() ? m_context.marketplace.find(id.value) : std::nullopt;
    if (!stored || stored->instance.marketplace != SettlementMethod::Azure)
        return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such subscription."));
    const bool hasBody = action == AzureAction::ChangePlan || action == AzureAction::ChangeQuantity;
    RequestBody body(context.request.body, {"planId", "quantity"}, !hasBody);
    AzureWebhookEvent event;
    event.planId = stored->instance.planId;
    event.quantity = stored->instance.customer.value(QStringLiteral("quantity")).toInteger(1);
    if (action == AzureAction::ChangePlan)
        event.planId = body.fields().string("planId").value_or(QString());
    if (action == AzureAction::ChangeQuantity)
        event.quantity = quantityField(body, true);
    if (!body.ok())
        return HttpResponse::error(body.error());
    event.id = newGuid();
    event.activityId = newGuid();
    event.subscriptionId = id.value;
    event.offerId = stored->instance.productCode;
    event.timeStamp = m_context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    event.action = action;
    const bool notifyOnly = action == AzureAction::Renew || action == AzureAction::Suspend
                            || action == AzureAction::Unsubscribe;
    event.status = notifyOnly ? QStringLiteral("Succeeded") : QStringLiteral("InProgress");
    using State = AzureSandboxFulfillment::State;
    if (action == AzureAction::Suspend)
        m_market.setState(id.value, State::Suspended);
    if (action == AzureAction::Reinstate)
        m_market.setState(id.value, State::Subscribed);
    if (action == AzureAction::Unsubscribe)
        m_market.setState(id.value, State::Unsubscribed);
    if (action == AzureAction::ChangePlan)
        m_market.setPlan(id.value, event.planId);
    if (action == AzureAction::ChangeQuantity)
        m_market.setQuantity(id.value, *event.quantity);
    return sendWebhook(event);
}

HttpResponse AzureSandboxConsole::sendWebhook(const AzureWebhookEvent &event)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/spi/azure/webhook");
    request.body = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray token =
        AzureJwt::mint(AzureJwt::webhookClaims(m_context.systemClock.now()), m_key);
    request.headers = {{"content-type", "application/json"}, {"authorization", "Bearer " + token}};
    request.isLoopback = true;
    const HttpResponse reply = m_webhook.handle(request);
    if (reply.status != 200)
        return reply;
    const auto stored = m_context.marketplace.find(event.subscriptionId);
    const qint64 bound = m_context.marketplace.boundWorkspaces(event.subscriptionId);
    return HttpResponse::json(200, stored->toSubscriptionJson(bound));
}

HttpResponse AzureSandboxConsole::metering(const RequestContext &context)
{
    QString resourceId;
    if (const auto text = context.request.queryValue(QStringLiteral("subscriptionId"))) {
        const IdParseResult id = parseAzureSubscriptionId(*text);
        if (!id.ok()) {
            return HttpResponse::error(ErrorCode::ValidationFailed,
                                       QStringLiteral("Invalid subscriptionId."),
                                       {{QStringLiteral("subscriptionId"), id.message()}});
        }
        resourceId = id.value;
    }
    return HttpResponse::json(200, {{QStringLiteral("records"), m_meter.accepted(resourceId)}});
}

} // namespace billing::server
