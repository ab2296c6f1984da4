#include "AwsLandingHandler.h"

#include "../ClaimCodes.h"
#include "../ClaimPage.h"
#include "AwsCustomerResolver.h"
#include "AwsLogging.h"
#include "AwsSubscriptionKeys.h"
#include "MarketplaceService.h"
#include "QueryString.h"
#include "Router.h"
#include "SecureRandom.h"
#include "Transactional.h"

namespace billing::server {
namespace {
const QString kMarketplaceName = QStringLiteral("AWS Marketplace");
const QString kTokenField = QStringLiteral("x-amzn-marketplace-token");
constexpr qsizetype kMaxTokenLength = 4096;
} // namespace

AwsLandingHandler::AwsLandingHandler(AwsCustomerResolver &resolver, AwsSubscriptionKeys &keys,
                                     MarketplaceService &marketplace, ClaimCodes &claims,
                                     Transactional &transactions,
                                     std::function<QString()> publicUrl)
    : m_resolver(resolver)
    , m_keys(keys)
    , m_marketplace(marketplace)
    , m_claims(claims)
    , m_transactions(transactions)
    , m_publicUrl(std::move(publicUrl))
{}

void AwsLandingHandler::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/marketplace/aws/landing"), {},
               [this](RequestContext &context) { return land(context.request).page; });
}

QString AwsLandingHandler::newSubscriptionId()
{
    return QStringLiteral("aws-") + QString::fromLatin1(SecureRandom::bytes(10).toHex());
}

AwsLandingHandler::Result AwsLandingHandler::land(const HttpRequest &request)
{
    QString token;
    for (const auto &[name, value] : QueryString::decode(request.body)) {
        if (name == kTokenField) {
            token = value;
            break;
        }
    }
    if (token.isEmpty() || token.size() > kMaxTokenLength) {
        return {ClaimPage::failure(400, kMarketplaceName,
                                   QStringLiteral("The request carries no registration token "
                                                  "(x-amzn-marketplace-token).")),
                {},
                {},
                {}};
    }
    const AwsCustomerResolver::Result resolved = m_resolver.resolve(token);
    if (!resolved.customer) {
        qCInfo(lcAws) << "landing refused:" << resolved.error;
        return {
            ClaimPage::failure(resolved.unreachable ? 502 : 400, kMarketplaceName, resolved.error),
            {},
            {},
            {}};
    }
    TransactionGuard transaction(m_transactions);
    const StoredInstance subscription = subscriptionFor(*resolved.customer);
    const QString code = m_claims.issue(subscription.instance.instanceId);
    transaction.commit();
    const QString link = ClaimCodes::link(m_publicUrl(), code);
    qCInfo(lcAws) << "landing: subscription" << subscription.instance.instanceId
                  << "has a new claim code";
    return {ClaimPage::success(kMarketplaceName, subscription.instance.instanceId, code, link),
            subscription, code, link};
}

// The customer's live subscription to the product again, else a new pending one.
StoredInstance AwsLandingHandler::subscriptionFor(const AwsCustomer &customer)
{
    const auto newest = m_keys.newest(customer.customerIdentifier, customer.productCode);
    if (newest) {
        if (auto existing = m_marketplace.find(*newest); existing && existing->instance.isLive())
            return *existing;
    }
    StoredInstance stored;
    MarketplaceSubscription &subscription = stored.instance;
    subscription.marketplace = SettlementMethod::Aws;
    subscription.instanceId = newSubscriptionId();
    subscription.customer = {{QStringLiteral("customerIdentifier"), customer.customerIdentifier},
                             {QStringLiteral("awsAccountId"), customer.awsAccountId}};
    subscription.productCode = customer.productCode;
    subscription.status = InstanceStatus::Pending;
    const QString key = AwsSubscriptionKeys::key(customer.customerIdentifier, customer.productCode);
    subscription.orderBizId =
        newest ? key + u':' + subscription.instanceId : key; // a new one after a release
    return m_marketplace.createSubscription(stored);
}

} // namespace billing::server
