#include "SubscriptionText.h"

namespace billing {
namespace {
QString field(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QString SubscriptionText::marketplace(const QString &wire)
{
    if (wire == u"aws")
        return tr("AWS Marketplace");
    if (wire == u"azure")
        return tr("Azure Marketplace");
    if (wire == u"aliyun")
        return tr("Alibaba Cloud Marketplace");
    if (wire == u"huawei")
        return tr("Huawei Cloud KooGallery");
    return wire;
}

QString SubscriptionText::cloud(const QString &wire)
{
    if (wire == u"aws")
        return tr("AWS");
    if (wire == u"azure")
        return tr("Azure");
    if (wire == u"aliyun")
        return tr("Alibaba Cloud");
    if (wire == u"huawei")
        return tr("Huawei Cloud");
    return wire;
}

QString SubscriptionText::customer(const QString &marketplace, const QJsonObject &customer)
{
    if (marketplace == u"aws")
        return tr("AWS account %1 (customer %2)")
            .arg(field(customer, u"awsAccountId"), field(customer, u"customerIdentifier"));
    if (marketplace == u"azure") {
        const int seats = customer.value(u"quantity").toInt();
        return tr("%1 (offer %2, %n seat(s))", nullptr, seats)
            .arg(field(customer, u"subscriptionName"), field(customer, u"offerId"));
    }
    if (marketplace == u"aliyun")
        return tr("Alibaba Cloud account %1").arg(field(customer, u"aliUid"));
    if (marketplace == u"huawei")
        return tr("Huawei Cloud account %1").arg(field(customer, u"huaweiAccountId"));
    return {};
}

QString SubscriptionText::status(const QString &wire)
{
    if (wire == u"pending")
        return tr("Pending: the marketplace has not confirmed it yet");
    if (wire == u"opened")
        return tr("Active");
    if (wire == u"expired")
        return tr("Expired");
    if (wire == u"released")
        return tr("Cancelled in the marketplace");
    return wire;
}

} // namespace billing
