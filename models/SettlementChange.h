#pragma once

#include "ApiError.h"
#include "SettlementMethod.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// One requested settlement change: the body of PUT .../settlement and one batch item.
struct SettlementChange {
    QString workspaceId;
    SettlementMethod method = SettlementMethod::BillingCenter;
    QString aliyunAccountId; // only for Aliyun
    QString instanceId;      // only for Aliyun
    std::optional<qint64> expectedVersion;

    // The PUT body (no workspaceId) or, with includeWorkspaceId, a batch item.
    QJsonObject toJson(bool includeWorkspaceId) const;
};

// The server's answer for one change of a batch.
struct SettlementChangeResult {
    QString workspaceId;
    bool applied = false;
    std::optional<Workspace> workspace; // when applied
    ApiError error;                     // when rejected

    static std::optional<SettlementChangeResult> fromJson(const QJsonObject &object);
};

} // namespace billing
