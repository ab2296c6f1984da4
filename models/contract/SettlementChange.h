#pragma once

#include "SettlementBinding.h"
#include "SettlementMethod.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// One requested settlement change: the body of PUT .../settlement, one batch item, and the
// "settlement" of a new workspace.
struct SettlementChange {
    QString workspaceId;
    SettlementMethod method = SettlementMethod::BillingCenter;
    // Only the fields the method has (SettlementBinding::fieldsOf).
    QString aliyunAccountId;
    QString huaweiAccountId;
    QString instanceId;
    QString subscriptionId;
    std::optional<qint64> expectedVersion;

    // The keys of the PUT body; a batch item adds "workspaceId", a new workspace's
    // settlement has no "expectedVersion".
    static QList<const char *> jsonKeys();

    // The settlement this change asks for, from `since`.
    Settlement settlement(const QDateTime &since = {}) const;

    QString binding(SettlementBinding::Field field) const;
    void setBinding(SettlementBinding::Field field, const QString &value);

    // The PUT body (no workspaceId) or, with includeWorkspaceId, a batch item. Only the
    // binding fields the method has are written (SettlementBinding).
    QJsonObject toJson(bool includeWorkspaceId) const;
    // Reads any of those forms; nullopt when a field has the wrong type, the method is
    // unknown, a binding field is missing, extra or does not parse. A null field counts as
    // absent. Binding fields come back normalised (SettlementBinding::parse), as the server
    // keeps them.
    static std::optional<SettlementChange> fromJson(const QJsonObject &object);

    friend bool operator==(const SettlementChange &, const SettlementChange &) = default;
};

} // namespace billing
