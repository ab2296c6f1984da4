#include "AliyunInstance.h"

#include "Rfc3339.h"

namespace billing {

QString toWire(InstanceStatus status)
{
    switch (status) {
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
    for (InstanceStatus status :
         {InstanceStatus::Opened, InstanceStatus::Expired, InstanceStatus::Released}) {
        if (toWire(status) == wire)
            return status;
    }
    return std::nullopt;
}

QJsonObject toJson(const AliyunInstance &instance)
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

std::optional<AliyunInstance> aliyunInstanceFromJson(const QJsonObject &object, QString *error)
{
    AliyunInstance instance;
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
    instance.productCode = object.value(u"productCode").toString();
    instance.skuId = object.value(u"skuId").toString();
    instance.orderBizId = object.value(u"orderBizId").toString();
    instance.trial = object.value(u"trial").toBool();
    instance.expiredOn = rfc3339::parse(object.value(u"expiredOn").toString());
    instance.boundWorkspaces = object.value(u"boundWorkspaces").toInt();
    return instance;
}

} // namespace billing
