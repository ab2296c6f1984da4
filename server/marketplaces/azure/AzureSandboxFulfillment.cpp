#include "AzureSandboxFulfillment.h"

#include "Clock.h"
#include "SecureRandom.h"

#include <QUuid>

namespace billing::server {

AzureSandboxFulfillment::AzureSandboxFulfillment(const Clock &clock)
    : m_clock(clock)
{}

QString AzureSandboxFulfillment::subscribe(const QString &planId, qint64 quantity,
                                           bool refuseActivation)
{
    Record record;
    record.subscription.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    record.subscription.subscriptionName =
        QStringLiteral("Billing Desk sandbox %1").arg(m_subscriptions.size() + 1);
    record.subscription.offerId = QStringLiteral("billing-desk-saas");
    record.subscription.planId = planId;
    record.subscription.quantity = quantity;
    record.refuseActivation = refuseActivation;
    const QString token = QString::fromLatin1(SecureRandom::bytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {record.subscription.id, m_clock.now()});
    m_subscriptions.insert(record.subscription.id, record);
    return token;
}

std::optional<AzureResolvedSubscription>
AzureSandboxFulfillment::resolve(const QString &token, AzureFulfillmentError *error)
{
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.cend() || found->mintedAt.secsTo(m_clock.now()) > kTokenLifetimeSeconds) {
        *error = {400, QStringLiteral("The marketplace token is invalid or expired.")};
        return std::nullopt;
    }
    return m_subscriptions.value(found->subscriptionId).subscription;
}

bool AzureSandboxFulfillment::activate(const QString &subscriptionId, const QString &planId,
                                       qint64 quantity, AzureFulfillmentError *error)
{
    const auto found = m_subscriptions.find(subscriptionId);
    if (found == m_subscriptions.end() || found->state == State::Unsubscribed) {
        *error = {404, QStringLiteral("No such subscription, or it was unsubscribed.")};
        return false;
    }
    if (found->refuseActivation || found->state != State::PendingFulfillmentStart
        || found->subscription.planId != planId || found->subscription.quantity != quantity) {
        *error = {400, QStringLiteral("The plan or quantity does not match, or the subscription "
                                      "is not waiting for fulfilment.")};
        return false;
    }
    found->state = State::Subscribed;
    return true;
}

std::optional<AzureSandboxFulfillment::State>
AzureSandboxFulfillment::state(const QString &subscriptionId) const
{
    const auto found = m_subscriptions.constFind(subscriptionId);
    if (found == m_subscriptions.cend())
        return std::nullopt;
    return found->state;
}

void AzureSandboxFulfillment::setState(const QString &subscriptionId, State state)
{
    const auto found = m_subscriptions.find(subscriptionId);
    if (found != m_subscriptions.end())
        found->state = state;
}

std::optional<AzureResolvedSubscription>
AzureSandboxFulfillment::find(const QString &subscriptionId) const
{
    const auto found = m_subscriptions.constFind(subscriptionId);
    if (found == m_subscriptions.cend())
        return std::nullopt;
    return found->subscription;
}

void AzureSandboxFulfillment::setPlan(const QString &subscriptionId, const QString &planId)
{
    const auto found = m_subscriptions.find(subscriptionId);
    if (found != m_subscriptions.end())
        found->subscription.planId = planId;
}

void AzureSandboxFulfillment::setQuantity(const QString &subscriptionId, qint64 quantity)
{
    const auto found = m_subscriptions.find(subscriptionId);
    if (found != m_subscriptions.end())
        found->subscription.quantity = quantity;
}

} // namespace billing::server
