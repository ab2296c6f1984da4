#include "AwsSandboxConsole.h"

#include "AwsLandingHandler.h"
#include "AwsNotificationHandler.h"
#include "AwsSandboxMarket.h"
#include "Clock.h"
#include "MarketplaceService.h"
#include "RequestBody.h"
#include "Router.h"
#include "SandboxAwsCustomers.h"
#include "SandboxSnsSigner.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace billing::server {
namespace {
const QString kSubscriptions = QStringLiteral("/api/v1/sandbox/aws/subscriptions");

HttpRequest post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.headers.append({QByteArrayLiteral("content-type"), contentType});
    request.peerAddress = QHostAddress::LocalHost;
    request.isLoopback = true;
    return request;
}
} // namespace

AwsSandboxConsole::AwsSandboxConsole(const Parts &parts)
    : m_parts(parts)
{}

void AwsSandboxConsole::registerRoutes(Router &router)
{
    using Action = AwsSubscriptionMessage::Action;
    router.add("POST", QStringLiteral("/api/v1/sandbox/aws/tokens"), {},
               [this](RequestContext &context) { return mintToken(context); });
    router.add("POST", kSubscriptions, {},
               [this](RequestContext &context) { return subscribe(context); });
    const QList<std::pair<const char *, QList<Action>>> actions{
        {"fail", {Action::SubscribeFail}},
        {"unsubscribe", {Action::UnsubscribePending, Action::UnsubscribeSuccess}},
        {"resubscribe", {Action::SubscribeSuccess}}};
    for (const auto &[name, sent] : actions) {
        router.add("POST", kSubscriptions + QStringLiteral("/{id}/") + QLatin1String(name), {},
                   [this, sent](RequestContext &context) { return act(context, sent); });
    }
    router.add("GET", QStringLiteral("/api/v1/sandbox/aws/metering"), {},
               [this](RequestContext &context) { return metering(context); });
}

std::optional<QString> AwsSandboxConsole::buyerAccount(const RequestContext &context,
                                                       HttpResponse *error) const
{
    RequestBody body(context.request.body, {"awsAccountId"}, true);
    const QString account = body.fields().string("awsAccountId", false).value_or(QString());
    if (!account.isEmpty() && !SandboxAwsCustomers::isAwsAccountId(account))
        body.fields().fail("awsAccountId", QStringLiteral("Must be 12 digits."));
    if (!body.ok()) {
        *error = HttpResponse::error(body.error());
        return std::nullopt;
    }
    return account;
}

HttpResponse AwsSandboxConsole::mintToken(const RequestContext &context)
{
    HttpResponse error;
    const auto account = buyerAccount(context, &error);
    if (!account)
        return error;
    const QString token = m_parts.customers.mint(*account);
    const AwsCustomer customer = *m_parts.customers.resolve(token).customer;
    return HttpResponse::json(201,
                              {{QStringLiteral("token"), token},
                               {QStringLiteral("customerIdentifier"), customer.customerIdentifier},
                               {QStringLiteral("awsAccountId"), customer.awsAccountId},
                               {QStringLiteral("productCode"), customer.productCode}});
}

QByteArray AwsSandboxConsole::signedNotification(const AwsSubscriptionMessage &message) const
{
    SnsEnvelope envelope;
    envelope.type = QStringLiteral("Notification");
    envelope.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    envelope.topicArn = QStringLiteral("arn:aws:sns:us-east-1:287250355862:"
                                       "aws-mp-subscription-notification-")
                        + message.productCode;
    envelope.message = QString::fromUtf8(message.toJson());
    envelope.timestamp =
        m_parts.systemClock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    envelope.signatureVersion = QStringLiteral("2");
    envelope.signingCertUrl = QStringLiteral("https://sns.us-east-1.amazonaws.com/"
                                             "SimpleNotificationService-sandbox.pem");
    envelope.signature = m_parts.signer.sign(envelope.canonicalString());
    return QJsonDocument(envelope.toJson()).toJson(QJsonDocument::Compact);
}

HttpResponse AwsSandboxConsole::notify(const AwsSubscriptionMessage &message)
{
    return m_parts.notifications.handle(post(QStringLiteral("/spi/aws/notifications"),
                                             signedNotification(message),
                                             QByteArrayLiteral("text/plain; charset=UTF-8")));
}

HttpResponse AwsSandboxConsole::subscribe(const RequestContext &context)
{
    HttpResponse error;
    const auto account = buyerAccount(context, &error);
    if (!account)
        return error;
    const QString token = m_parts.customers.mint(*account);
    const AwsLandingHandler::Result landed =
        m_parts.landing.land(post(QStringLiteral("/marketplace/aws/landing"),
                                  "x-amzn-marketplace-token=" + QUrl::toPercentEncoding(token),
                                  QByteArrayLiteral("application/x-www-form-urlencoded")));
    if (!landed.subscription)
        return landed.page;
    const MarketplaceSubscription &subscription = landed.subscription->instance;
    AwsSubscriptionMessage message{AwsSubscriptionMessage::Action::SubscribeSuccess,
                                   subscription.customerAccount(), subscription.productCode, false};
    const HttpResponse notified = notify(message);
    if (notified.status != 200)
        return notified;
    const auto now = m_parts.marketplace.find(subscription.instanceId);
    const qint64 bound = m_parts.marketplace.boundWorkspaces(subscription.instanceId);
    return HttpResponse::json(201,
                              {{QStringLiteral("subscription"), now->toSubscriptionJson(bound)},
                               {QStringLiteral("claimCode"), landed.claimCode},
                               {QStringLiteral("claimLink"), landed.claimLink}});
}

HttpResponse AwsSandboxConsole::act(const RequestContext &context,
                                    const QList<AwsSubscriptionMessage::Action> &actions)
{
    const QString id = context.param(0);
    auto subscription = m_parts.marketplace.find(id);
    if (!subscription || subscription->instance.marketplace != SettlementMethod::Aws)
        return HttpResponse::error(ErrorCode::NotFound,
                                   QStringLiteral("No AWS subscription %1.").arg(id));
    for (const AwsSubscriptionMessage::Action action : actions) {
        const AwsSubscriptionMessage message{action, subscription->instance.customerAccount(),
                                             subscription->instance.productCode, std::nullopt};
        const HttpResponse notified = notify(message);
        if (notified.status != 200)
            return notified;
    }
    subscription = m_parts.marketplace.find(id);
    const qint64 bound = m_parts.marketplace.boundWorkspaces(id);
    return HttpResponse::json(
        200, {{QStringLiteral("subscription"), subscription->toSubscriptionJson(bound)}});
}

HttpResponse AwsSandboxConsole::metering(const RequestContext &context)
{
    const QString id =
        context.request.queryValue(QStringLiteral("subscriptionId")).value_or(QString());
    return HttpResponse::json(200, {{QStringLiteral("records"), m_parts.market.accepted(id)}});
}

} // namespace billing::server
