#include "DemoSubscriptions.h"

#include "MarketplaceService.h"

namespace billing::server {
namespace {
const QString kHuaweiAccount = QStringLiteral("de30a1b2c3d4e5f60718293a4b5c6d7e");

StoredInstance subscription(SettlementMethod marketplace, const QString &id, const QString &key,
                            const QJsonObject &customer, const QString &owner, const QDateTime &now)
{
    StoredInstance stored;
    MarketplaceSubscription &instance = stored.instance;
    instance.marketplace = marketplace;
    instance.instanceId = id;
    instance.orderBizId = key;
    instance.customer = customer;
    instance.productCode = QStringLiteral("billing-desk-demo");
    instance.status = InstanceStatus::Opened;
    instance.expiredOn = now.addDays(365);
    stored.ownerAccountId = owner;
    return stored;
}
} // namespace

DemoSubscriptions DemoSubscriptions::create(MarketplaceService &marketplace,
                                            const QString &accountId, const QDateTime &now)
{
    const QString aws = QStringLiteral("aws-de30000000000000a001");
    const QString huawei = QStringLiteral("hwde30000000000000b001");
    const QString azure = QStringLiteral("de300000-0000-4000-8000-00000000c001");
    marketplace.createSubscription(subscription(
        SettlementMethod::Aws, aws, QStringLiteral("aws:demo-customer:billing-desk-demo"),
        {{QStringLiteral("customerIdentifier"), QStringLiteral("demo-customer")},
         {QStringLiteral("awsAccountId"), QStringLiteral("123456789012")}},
        accountId, now));
    marketplace.createSubscription(
        subscription(SettlementMethod::Huawei, huawei, QStringLiteral("huawei:demo-order:1"),
                     {{QStringLiteral("huaweiAccountId"), kHuaweiAccount}}, {}, now));
    StoredInstance azureSubscription =
        subscription(SettlementMethod::Azure, azure, QStringLiteral("azure:") + azure,
                     {{QStringLiteral("subscriptionName"), QStringLiteral("Demo observability")},
                      {QStringLiteral("offerId"), QStringLiteral("billing-desk-demo")},
                      {QStringLiteral("quantity"), 1}},
                     accountId, now);
    azureSubscription.instance.planId = QStringLiteral("standard");
    marketplace.createSubscription(azureSubscription);

    DemoSubscriptions demo;
    Settlement binding;
    binding.method = SettlementMethod::Aws;
    binding.subscriptionId = aws;
    demo.m_bindings.insert(SettlementMethod::Aws, binding);
    binding = Settlement{};
    binding.method = SettlementMethod::Huawei;
    binding.huaweiAccountId = kHuaweiAccount;
    binding.instanceId = huawei;
    demo.m_bindings.insert(SettlementMethod::Huawei, binding);
    binding = Settlement{};
    binding.method = SettlementMethod::Azure;
    binding.subscriptionId = azure;
    demo.m_bindings.insert(SettlementMethod::Azure, binding);
    return demo;
}

Settlement DemoSubscriptions::bindingOf(SettlementMethod method) const
{
    Settlement settlement = m_bindings.value(method);
    settlement.method = method;
    return settlement;
}

} // namespace billing::server
