#include "AwsNotificationHandler.h"

#include "../MarketplaceMessages.h"
#include "AwsLogging.h"
#include "AwsSubscriptionKeys.h"
#include "Clock.h"
#include "MarketplaceService.h"
#include "Router.h"
#include "SnsVerifier.h"
#include "Transactional.h"

#include <Rfc3339.h>

namespace billing::server {
namespace {
HttpResponse refused(ErrorCode code, const QString &message)
{
    return HttpResponse::error(code, message);
}

// Marks on the subscription what AWS announced that changes no state here.
void mark(StoredInstance &stored, const char *name, const QDateTime &at)
{
    stored.extra.insert(QLatin1String(name), rfc3339::format(at));
}
} // namespace

AwsNotificationHandler::AwsNotificationHandler(std::unique_ptr<SnsVerifier> verifier,
                                               AwsSubscriptionKeys &keys,
                                               MarketplaceService &marketplace,
                                               MarketplaceMessages &messages,
                                               Transactional &transactions,
                                               const Clock &systemClock)
    : m_verifier(std::move(verifier))
    , m_keys(keys)
    , m_marketplace(marketplace)
    , m_messages(messages)
    , m_transactions(transactions)
    , m_systemClock(systemClock)
{}

AwsNotificationHandler::~AwsNotificationHandler() = default;

void AwsNotificationHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/spi/aws/notifications"), {},
               [this](RequestContext &context) { return handle(context.request); });
}

void AwsNotificationHandler::forgetStale()
{
    m_messages.forgetBefore(SettlementMethod::Aws,
                            m_systemClock.now().addSecs(-kMaxAgeSeconds - kMaxFutureSeconds));
}

HttpResponse AwsNotificationHandler::handle(const HttpRequest &request)
{
    if (!m_verifier) {
        qCWarning(lcAws) << "notification refused: no SNS signing certificate (--aws-sns-cert "
                            "or BILLING_CENTER_AWS_SNS_CERT)";
        return refused(ErrorCode::ServiceUnavailable,
                       QStringLiteral("The AWS Marketplace notifications are not configured."));
    }
    QString error;
    bool unsignedEnvelope = false;
    const auto envelope = SnsEnvelope::parse(request.body, &error, &unsignedEnvelope);
    if (!envelope) {
        qCInfo(lcAws) << "notification refused:" << error;
        return refused(unsignedEnvelope ? ErrorCode::Forbidden : ErrorCode::BadRequest, error);
    }
    if (!m_verifier->verify(envelope->canonicalString(), envelope->signature)) {
        qCWarning(lcAws) << "notification" << envelope->messageId
                         << "refused: the signature does not verify";
        return refused(ErrorCode::Forbidden, QStringLiteral("Invalid SNS signature."));
    }
    const qint64 age = envelope->timestampTime.secsTo(m_systemClock.now());
    if (age > kMaxAgeSeconds || age < -kMaxFutureSeconds) {
        qCWarning(lcAws) << "notification" << envelope->messageId << "refused: Timestamp"
                         << envelope->timestamp << "is out of range";
        return refused(ErrorCode::Forbidden, QStringLiteral("Stale SNS message."));
    }
    return apply(*envelope);
}

HttpResponse AwsNotificationHandler::apply(const SnsEnvelope &envelope)
{
    QString error;
    const auto message = AwsSubscriptionMessage::parse(envelope.message, &error);
    if (!message) {
        qCInfo(lcAws) << "notification" << envelope.messageId << "refused:" << error;
        return refused(ErrorCode::BadRequest, error);
    }
    TransactionGuard transaction(m_transactions);
    if (m_messages.seen(SettlementMethod::Aws, envelope.messageId)) {
        transaction.commit();
        qCInfo(lcAws) << "notification" << envelope.messageId << "replayed: nothing changes";
        return HttpResponse::json(200, {{QStringLiteral("replayed"), true}});
    }
    const auto id = m_keys.newest(message->customerIdentifier, message->productCode);
    if (!id) {
        qCInfo(lcAws) << "notification" << envelope.messageId << "names no known subscription";
        return refused(ErrorCode::NotFound, QStringLiteral("No AWS subscription of this customer "
                                                           "to this product."));
    }
    const Outcome<StoredInstance> outcome = perform(*message, *id);
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    m_messages.remember(SettlementMethod::Aws, envelope.messageId, m_systemClock.now());
    transaction.commit();
    qCInfo(lcAws) << "notification" << AwsSubscriptionMessage::toWire(message->action) << "for"
                  << *id << "->" << toWire(outcome.value().instance.status);
    const StoredInstance &subscription = outcome.value();
    const qint64 bound = m_marketplace.boundWorkspaces(subscription.instance.instanceId);
    return HttpResponse::json(
        200, {{QStringLiteral("subscription"), subscription.toSubscriptionJson(bound)}});
}

Outcome<StoredInstance> AwsNotificationHandler::perform(const AwsSubscriptionMessage &message,
                                                        const QString &subscriptionId)
{
    using Action = AwsSubscriptionMessage::Action;
    const QDateTime now = m_systemClock.now();
    switch (message.action) {
    case Action::SubscribeSuccess: {
        const auto confirmed = m_marketplace.confirm(subscriptionId);
        if (!confirmed.ok() || !confirmed.value().instance.isLive())
            return confirmed; // a released one needs a new landing: nothing to revive here
        return m_marketplace.update(subscriptionId, [&](StoredInstance &stored) {
            stored.extra.remove(QStringLiteral("unsubscribePendingAt"));
            if (message.freeTrial)
                stored.instance.trial = *message.freeTrial;
        });
    }
    case Action::SubscribeFail:
        return m_marketplace.update(subscriptionId, [&](StoredInstance &stored) {
            mark(stored, "subscribeFailedAt", now);
        });
    case Action::UnsubscribePending:
        // About an hour is left for the final usage: the day records are pushed as soon as
        // each day is settled, so there is nothing more to send early (docs/metering.md).
        return m_marketplace.update(subscriptionId, [&](StoredInstance &stored) {
            if (stored.instance.isLive())
                mark(stored, "unsubscribePendingAt", now);
        });
    case Action::UnsubscribeSuccess:
        return m_marketplace.release(subscriptionId, false);
    }
    return ApiError::make(ErrorCode::BadRequest, QStringLiteral("Unknown action."));
}

} // namespace billing::server
