#include "SubscriptionText.h"

namespace billing {
namespace {
QString field(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QString SubscriptionText::marketplace(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aws:
        return tr("AWS Marketplace");
    case SettlementMethod::Azure:
        return tr("Azure Marketplace");
    case SettlementMethod::Aliyun:
        return tr("Alibaba Cloud Marketplace");
    case SettlementMethod::Huawei:
        return tr("Huawei Cloud KooGallery");
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QString SubscriptionText::cloud(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aws:
        return tr("AWS");
    case SettlementMethod::Azure:
        return tr("Azure");
    case SettlementMethod::Aliyun:
        return tr("Alibaba Cloud");
    case SettlementMethod::Huawei:
        return tr("Huawei Cloud");
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QString SubscriptionText::customer(const MarketplaceSubscription &subscription)
{
    const QJsonObject &customer = subscription.customer;
    switch (subscription.marketplace) {
    case SettlementMethod::Aws:
        return tr("AWS account %1 (customer %2)")
            .arg(field(customer, u"awsAccountId"), field(customer, u"customerIdentifier"));
    case SettlementMethod::Azure:
        return tr("%1 (offer %2, %n seat(s))", nullptr, customer.value(u"quantity").toInt())
            .arg(field(customer, u"subscriptionName"), field(customer, u"offerId"));
    case SettlementMethod::Aliyun:
        return tr("Alibaba Cloud account %1").arg(subscription.customerAccount());
    case SettlementMethod::Huawei:
        return tr("Huawei Cloud account %1").arg(subscription.customerAccount());
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QString SubscriptionText::status(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Pending:
        return tr("Pending: the marketplace has not confirmed it yet");
    case InstanceStatus::Opened:
        return tr("Active");
    case InstanceStatus::Expired:
        return tr("Expired");
    case InstanceStatus::Released:
        return tr("Cancelled in the marketplace");
    }
    return {};
}

} // namespace billing
