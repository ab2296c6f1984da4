#include "NewWorkspace.h"

namespace billing {

QList<const char *> NewWorkspace::jsonKeys()
{
    return {"name", "site", "language", "settlement", "createBillingCenterAccount"};
}

QList<const char *> NewWorkspace::settlementKeys()
{
    return {"method", "aliyunAccountId", "huaweiAccountId", "instanceId", "subscriptionId"};
}

QJsonObject NewWorkspace::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("site"), site},
        {QStringLiteral("language"), language},
        {QStringLiteral("settlement"), settlement.toJson(false)},
        {QStringLiteral("createBillingCenterAccount"), createBillingCenterAccount},
    };
}

std::optional<NewWorkspace> NewWorkspace::fromJson(const QJsonObject &object)
{
    NewWorkspace workspace;
    const QJsonValue name = object.value(u"name");
    const QJsonValue site = object.value(u"site");
    const QJsonValue language = object.value(u"language");
    const QJsonValue settlement = object.value(u"settlement");
    const QJsonValue create = object.value(u"createBillingCenterAccount");
    if (!name.isString() || !site.isString() || !language.isString() || !settlement.isObject())
        return std::nullopt;
    if (!create.isUndefined() && !create.isNull() && !create.isBool())
        return std::nullopt;
    const QJsonObject settlementObject = settlement.toObject();
    if (settlementObject.contains(u"workspaceId") || settlementObject.contains(u"expectedVersion"))
        return std::nullopt;
    const auto change = SettlementChange::fromJson(settlementObject);
    if (!change)
        return std::nullopt;
    workspace.name = name.toString().trimmed();
    workspace.site = site.toString();
    workspace.language = language.toString();
    workspace.settlement = *change;
    workspace.createBillingCenterAccount = create.toBool(false);
    return workspace;
}

} // namespace billing
