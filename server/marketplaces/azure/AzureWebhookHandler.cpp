#include "AzureWebhookHandler.h"

#include "../MarketplaceContext.h"
#include "../MarketplaceMessages.h"
#include "AzureJwt.h"
#include "Clock.h"
#include "Logging.h"
#include "MarketplaceService.h"
#include "Router.h"
#include "Transactional.h"

namespace billing::server {
namespace {
HttpResponse accepted()
{
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

std::optional<QByteArray> bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").value_or(QByteArray()).trimmed();
    static const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (header.size() <= prefix.size() || header.left(prefix.size()).toLower() != prefix)
        return std::nullopt;
    return header.mid(prefix.size()).trimmed();
}
} // namespace

AzureWebhookHandler::AzureWebhookHandler(const MarketplaceContext &context, QByteArray key)
    : m_context(context)
    , m_key(std::move(key))
{}

void AzureWebhookHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/spi/azure/webhook"), {},
               [this](RequestContext &context) { return handle(context.request); });
}

void AzureWebhookHandler::forgetStale()
{
    m_context.messages.forgetBefore(SettlementMethod::Azure,
                                    m_context.clock.now().addSecs(-kRememberSeconds));
}

HttpResponse AzureWebhookHandler::handle(const HttpRequest &request)
{
    if (m_key.isEmpty()) {
        qCWarning(lcSpi) << "azure webhook refused: no key (--azure-webhook-key or "
                            "BILLING_CENTER_AZURE_WEBHOOK_KEY)";
        return HttpResponse::error(ErrorCode::ServiceUnavailable,
                                   QStringLiteral("The Azure webhook is not configured."));
    }
    const auto token = bearerToken(request);
    if (!token) {
        qCWarning(lcSpi) << "azure webhook refused: no bearer token";
        return HttpResponse::error(ErrorCode::Unauthenticated,
                                   QStringLiteral("Missing bearer token."))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    if (const auto why = AzureJwt::verify(*token, m_key, m_context.systemClock.now())) {
        qCWarning(lcSpi) << "azure webhook refused: token" << *why;
        return HttpResponse::error(ErrorCode::Forbidden,
                                   QStringLiteral("The bearer token is not accepted."));
    }
    QString error;
    const auto event = AzureWebhookEvent::parse(request.body, &error);
    if (!event) {
        qCWarning(lcSpi) << "azure webhook refused:" << error;
        return HttpResponse::error(ErrorCode::BadRequest, error);
    }
    return apply(*event);
}

HttpResponse AzureWebhookHandler::apply(const AzureWebhookEvent &event)
{
    TransactionGuard transaction(m_context.transactions);
    if (m_context.messages.seen(SettlementMethod::Azure, event.id)) {
        transaction.commit();
        qCInfo(lcSpi) << "azure webhook" << toWire(event.action) << "operation" << event.id
                      << "taken before: nothing applied";
        return accepted();
    }
    MarketplaceService &service = m_context.marketplace;
    const auto found = service.find(event.subscriptionId);
    if (!found || found->instance.marketplace != SettlementMethod::Azure) {
        qCWarning(lcSpi) << "azure webhook for unknown subscription" << event.subscriptionId;
        return HttpResponse::error(
            ErrorCode::NotFound,
            QStringLiteral("No Azure subscription %1.").arg(event.subscriptionId));
    }
    Outcome<StoredInstance> outcome = *found;
    switch (event.action) {
    case AzureAction::Suspend:
        outcome = service.expire(event.subscriptionId);
        break;
    case AzureAction::Reinstate:
        outcome = service.renew(event.subscriptionId, {}, {});
        break;
    case AzureAction::Unsubscribe:
        outcome = service.release(event.subscriptionId, false);
        break;
    case AzureAction::ChangePlan:
        outcome = service.update(event.subscriptionId,
                                 [&event](StoredInstance &s) { s.instance.planId = event.planId; });
        break;
    case AzureAction::ChangeQuantity:
        outcome = service.update(event.subscriptionId, [&event](StoredInstance &s) {
            s.instance.customer.insert(QStringLiteral("quantity"), *event.quantity);
        });
        break;
    case AzureAction::Renew:
        outcome = service.update(event.subscriptionId, [&event, this](StoredInstance &s) {
            s.extra.insert(QStringLiteral("renewedAt"),
                           event.timeStamp.isEmpty()
                               ? m_context.clock.now().toString(Qt::ISODateWithMs)
                               : event.timeStamp);
        });
        break;
    }
    if (!outcome.ok()) {
        qCWarning(lcSpi) << "azure webhook" << toWire(event.action) << "for" << event.subscriptionId
                         << "refused:" << outcome.error().message;
        return HttpResponse::error(outcome.error());
    }
    m_context.messages.remember(SettlementMethod::Azure, event.id, m_context.clock.now());
    transaction.commit();
    qCInfo(lcSpi) << "azure webhook" << toWire(event.action) << "applied to"
                  << event.subscriptionId;
    return accepted();
}

} // namespace billing::server
