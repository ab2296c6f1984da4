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

// How a workspace is paid for. The marketplace IDs are set exactly when the method has them
// (SettlementBinding::fieldsOf): aliyun and huawei an account and an instance, aws and azure a
// claimed subscription.
struct Settlement {
    SettlementMethod method = SettlementMethod::BillingCenter;
    QString aliyunAccountId;
    QString huaweiAccountId;
    QString instanceId;
    QString subscriptionId;
    QDateTime since;

    // Same method and the same marketplace binding ("since" does not count).
    bool sameBindingAs(const Settlement &other) const
    {
        return method == other.method && aliyunAccountId == other.aliyunAccountId
               && huaweiAccountId == other.huaweiAccountId && instanceId == other.instanceId
               && subscriptionId == other.subscriptionId;
    }
    // The marketplace account and subscription as one pair, whatever the method calls them
    // (the server stores every marketplace's binding in the same two columns).
    QString marketplaceAccount() const
    {
        return method == SettlementMethod::Huawei ? huaweiAccountId : aliyunAccountId;
    }
    QString subscription() const { return isSubscriptionClaimed() ? subscriptionId : instanceId; }
    bool isSubscriptionClaimed() const
    {
        return method == SettlementMethod::Aws || method == SettlementMethod::Azure;
    }
    void setMarketplaceBinding(const QString &account, const QString &subscriptionKey);
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
