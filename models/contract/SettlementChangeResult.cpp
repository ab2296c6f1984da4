#include "SettlementChangeResult.h"

namespace billing {

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
