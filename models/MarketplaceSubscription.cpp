#include "MarketplaceSubscription.h"

#include "Rfc3339.h"

namespace billing {

QString toWire(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Pending:
        return QStringLiteral("pending");
    case InstanceStatus::Opened:
        return QStringLiteral("opened");
    case InstanceStatus::Expired:
        return QStringLiteral("expired");
    case InstanceStatus::Released:
        return QStringLiteral("released");
    }
    return {};
}

std::optional<InstanceStatus> instanceStatusFromWire(const QString &wire)
{
    for (InstanceStatus status : {InstanceStatus::Pending, InstanceStatus::Opened,
                                  InstanceStatus::Expired, InstanceStatus::Released}) {
        if (toWire(status) == wire)
            return status;
    }
    return std::nullopt;
}

QJsonObject toJson(const MarketplaceSubscription &instance)
{
    return QJsonObject{
        {QStringLiteral("instanceId"), instance.instanceId},
        {QStringLiteral("aliUid"), instance.aliUid},
        {QStringLiteral("productCode"), instance.productCode},
        {QStringLiteral("skuId"), instance.skuId},
        {QStringLiteral("orderBizId"), instance.orderBizId},
        {QStringLiteral("status"), toWire(instance.status)},
        {QStringLiteral("trial"), instance.trial},
        {QStringLiteral("expiredOn"), rfc3339::toJson(instance.expiredOn)},
        {QStringLiteral("boundWorkspaces"), instance.boundWorkspaces},
    };
}

std::optional<MarketplaceSubscription> aliyunInstanceFromJson(const QJsonObject &object,
                                                              QString *error)
{
    MarketplaceSubscription instance;
    instance.instanceId = object.value(u"instanceId").toString();
    const auto status = instanceStatusFromWire(object.value(u"status").toString());
    if (instance.instanceId.isEmpty() || !status) {
        if (error)
            *error = instance.instanceId.isEmpty() ? QStringLiteral("instanceId")
                                                   : QStringLiteral("status");
        return std::nullopt;
    }
    instance.status = *status;
    instance.aliUid = object.value(u"aliUid").toString();
    instance.customer = {{QStringLiteral("aliUid"), instance.aliUid}};
    instance.productCode = object.value(u"productCode").toString();
    instance.skuId = object.value(u"skuId").toString();
    instance.orderBizId = object.value(u"orderBizId").toString();
    instance.trial = object.value(u"trial").toBool();
    instance.expiredOn = rfc3339::parse(object.value(u"expiredOn").toString());
    instance.boundWorkspaces = object.value(u"boundWorkspaces").toInt();
    return instance;
}

QString MarketplaceSubscription::customerAccount() const
{
    switch (marketplace) {
    case SettlementMethod::Aliyun:
        return aliUid;
    case SettlementMethod::Huawei:
        return customer.value(u"huaweiAccountId").toString();
    case SettlementMethod::Aws:
        return customer.value(u"customerIdentifier").toString();
    case SettlementMethod::Azure:
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QJsonObject toSubscriptionJson(const MarketplaceSubscription &subscription)
{
    QJsonObject object{
        {QStringLiteral("marketplace"), toWire(subscription.marketplace)},
        {QStringLiteral("subscriptionId"), subscription.instanceId},
        {QStringLiteral("customer"), subscription.customer},
        {QStringLiteral("status"), toWire(subscription.status)},
        {QStringLiteral("trial"), subscription.trial},
        {QStringLiteral("expiredOn"), rfc3339::toJson(subscription.expiredOn)},
        {QStringLiteral("boundWorkspaces"), subscription.boundWorkspaces},
    };
    if (!subscription.productCode.isEmpty())
        object.insert(QStringLiteral("productCode"), subscription.productCode);
    if (!subscription.planId.isEmpty())
        object.insert(QStringLiteral("planId"), subscription.planId);
    if (!subscription.skuId.isEmpty())
        object.insert(QStringLiteral("skuId"), subscription.skuId);
    return object;
}

std::optional<MarketplaceSubscription> subscriptionFromJson(const QJsonObject &object,
                                                            QString *error)
{
    const auto fail = [error](const char *field) {
        if (error)
            *error = QString::fromLatin1(field);
        return std::nullopt;
    };
    MarketplaceSubscription subscription;
    const auto marketplace = settlementMethodFromWire(object.value(u"marketplace").toString());
    if (!marketplace || !isCloudMethod(*marketplace))
        return fail("marketplace");
    subscription.marketplace = *marketplace;
    subscription.instanceId = object.value(u"subscriptionId").toString();
    if (subscription.instanceId.isEmpty())
        return fail("subscriptionId");
    const auto status = instanceStatusFromWire(object.value(u"status").toString());
    if (!status)
        return fail("status");
    subscription.status = *status;
    const QJsonValue customer = object.value(u"customer");
    if (!customer.isObject() && !customer.isUndefined() && !customer.isNull())
        return fail("customer");
    subscription.customer = customer.toObject();
    if (subscription.marketplace == SettlementMethod::Aliyun)
        subscription.aliUid = subscription.customer.value(u"aliUid").toString();
    subscription.productCode = object.value(u"productCode").toString();
    subscription.planId = object.value(u"planId").toString();
    subscription.skuId = object.value(u"skuId").toString();
    subscription.trial = object.value(u"trial").toBool();
    subscription.expiredOn = rfc3339::parse(object.value(u"expiredOn").toString());
    subscription.boundWorkspaces = object.value(u"boundWorkspaces").toInt();
    return subscription;
}

} // namespace billing
