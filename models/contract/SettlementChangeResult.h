#pragma once

#include "ApiError.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// The server's answer for one change of a batch (POST /api/v1/settlement-changes).
struct SettlementChangeResult {
    QString workspaceId;
    bool applied = false;
    std::optional<Workspace> workspace; // when applied
    ApiError error;                     // when rejected

    static std::optional<SettlementChangeResult> fromJson(const QJsonObject &object);
};

} // namespace billing
