#include "SettlementChange.h"

namespace billing {

QJsonObject SettlementChange::toJson(bool includeWorkspaceId) const
{
    QJsonObject object{{QStringLiteral("method"), toWire(method)}};
    if (includeWorkspaceId)
        object.insert(QStringLiteral("workspaceId"), workspaceId);
    if (method == SettlementMethod::Aliyun) {
        object.insert(QStringLiteral("aliyunAccountId"), aliyunAccountId);
        object.insert(QStringLiteral("instanceId"), instanceId);
    }
    if (expectedVersion)
        object.insert(QStringLiteral("expectedVersion"), *expectedVersion);
    return object;
}

std::optional<SettlementChangeResult> SettlementChangeResult::fromJson(const QJsonObject &object)
{
    SettlementChangeResult result;
    result.workspaceId = object.value(u"workspaceId").toString();
    const QString status = object.value(u"status").toString();
    if (result.workspaceId.isEmpty() || (status != u"applied" && status != u"rejected"))
        return std::nullopt;
    result.applied = status == u"applied";
    if (result.applied) {
        result.workspace = workspaceFromJson(object.value(u"workspace").toObject());
        if (!result.workspace)
            return std::nullopt;
    } else {
        result.error = ApiError::fromJson(object.value(u"error").toObject());
    }
    return result;
}

} // namespace billing
