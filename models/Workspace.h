#pragma once

#include "SettlementMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

enum class WorkspaceStatus { Active, LockPending, Locked };

QString toWire(WorkspaceStatus status);
std::optional<WorkspaceStatus> workspaceStatusFromWire(const QString &wire);

// Why a workspace is lock_pending or locked (extension "lockReason"; null while active).
enum class LockReason { None, SubscriptionExpired, Arrears };

QString toWire(LockReason reason); // empty for None
std::optional<LockReason> lockReasonFromWire(const QString &wire);

// How a workspace is paid for. The Alibaba Cloud IDs are set exactly when method is Aliyun.
struct Settlement {
    SettlementMethod method = SettlementMethod::BillingCenter;
    QString aliyunAccountId;
    QString instanceId;
    QDateTime since;

    // Same method and the same marketplace binding ("since" does not count).
    bool sameBindingAs(const Settlement &other) const
    {
        return method == other.method && aliyunAccountId == other.aliyunAccountId
               && instanceId == other.instanceId;
    }
};

// A workspace as the API contract writes it.
struct Workspace {
    QString id;
    QString name;
    QString site;
    QString language; // "zh" or "en", fixed at creation
    Settlement settlement;
    QDateTime nextChangeAllowedAt; // invalid (null on the wire) while a change is allowed
    WorkspaceStatus status = WorkspaceStatus::Active;
    QDateTime lockAt; // set while lock_pending
    LockReason lockReason = LockReason::None;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QJsonObject toJson(const Settlement &settlement);
QJsonObject toJson(const Workspace &workspace);

// Reads the contract form; returns nullopt and names the first offending field in *error.
std::optional<Settlement> settlementFromJson(const QJsonObject &object, QString *error = nullptr);
std::optional<Workspace> workspaceFromJson(const QJsonObject &object, QString *error = nullptr);

} // namespace billing
