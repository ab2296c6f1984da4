#include "Workspace.h"

#include "Rfc3339.h"
#include "SettlementBinding.h"

namespace billing {
namespace {
bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

// Reads an optional RFC 3339 time: null/absent gives an invalid QDateTime.
bool readTime(const QJsonObject &object, QStringView key, QDateTime *out, bool required,
              QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined()) {
        *out = {};
        return !required || fail(error, key.toString());
    }
    *out = rfc3339::parse(value.toString());
    return out->isValid() || fail(error, key.toString());
}
} // namespace

QString toWire(WorkspaceStatus status)
{
    switch (status) {
    case WorkspaceStatus::Active:
        return QStringLiteral("active");
    case WorkspaceStatus::LockPending:
        return QStringLiteral("lock_pending");
    case WorkspaceStatus::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

std::optional<WorkspaceStatus> workspaceStatusFromWire(const QString &wire)
{
    if (wire == u"active")
        return WorkspaceStatus::Active;
    if (wire == u"lock_pending")
        return WorkspaceStatus::LockPending;
    if (wire == u"locked")
        return WorkspaceStatus::Locked;
    return std::nullopt;
}

QString toWire(LockReason reason)
{
    switch (reason) {
    case LockReason::SubscriptionExpired:
        return QStringLiteral("subscription_expired");
    case LockReason::Arrears:
        return QStringLiteral("arrears");
    case LockReason::None:
        break;
    }
    return {};
}

std::optional<LockReason> lockReasonFromWire(const QString &wire)
{
    if (wire == u"subscription_expired")
        return LockReason::SubscriptionExpired;
    if (wire == u"arrears")
        return LockReason::Arrears;
    return std::nullopt;
}

void Settlement::setMarketplaceBinding(const QString &account, const QString &subscriptionKey)
{
    aliyunAccountId = method == SettlementMethod::Aliyun ? account : QString();
    huaweiAccountId = method == SettlementMethod::Huawei ? account : QString();
    instanceId = isCloudMethod(method) && !isSubscriptionClaimed() ? subscriptionKey : QString();
    subscriptionId = isSubscriptionClaimed() ? subscriptionKey : QString();
}

QJsonObject toJson(const Settlement &settlement)
{
    QJsonObject object{{QStringLiteral("method"), toWire(settlement.method)},
                       {QStringLiteral("since"), rfc3339::toJson(settlement.since)}};
    for (SettlementBinding::Field field : SettlementBinding::fieldsOf(settlement.method))
        object.insert(SettlementBinding::wireKey(field),
                      SettlementBinding::valueOf(settlement, field));
    return object;
}

QJsonObject toJson(const Workspace &workspace)
{
    return QJsonObject{
        {QStringLiteral("id"), workspace.id},
        {QStringLiteral("name"), workspace.name},
        {QStringLiteral("site"), workspace.site},
        {QStringLiteral("language"), workspace.language},
        {QStringLiteral("settlement"), toJson(workspace.settlement)},
        {QStringLiteral("nextChangeAllowedAt"), rfc3339::toJson(workspace.nextChangeAllowedAt)},
        {QStringLiteral("status"), toWire(workspace.status)},
        {QStringLiteral("lockAt"), rfc3339::toJson(workspace.lockAt)},
        {QStringLiteral("lockReason"), workspace.lockReason == LockReason::None
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(toWire(workspace.lockReason))},
        {QStringLiteral("version"), workspace.version},
        {QStringLiteral("createdAt"), rfc3339::toJson(workspace.createdAt)},
        {QStringLiteral("updatedAt"), rfc3339::toJson(workspace.updatedAt)},
    };
}

std::optional<Settlement> settlementFromJson(const QJsonObject &object, QString *error)
{
    Settlement settlement;
    const auto method = settlementMethodFromWire(object.value(u"method").toString());
    if (!method) {
        fail(error, QStringLiteral("settlement.method"));
        return std::nullopt;
    }
    settlement.method = *method;
    for (SettlementBinding::Field field : SettlementBinding::fieldsOf(settlement.method)) {
        const QString value = object.value(SettlementBinding::wireKey(field)).toString();
        if (value.isEmpty()) {
            fail(error, u"settlement." + SettlementBinding::wireKey(field));
            return std::nullopt;
        }
        SettlementBinding::setValue(settlement, field, value);
    }
    if (!readTime(object, u"since", &settlement.since, false, error)) {
        if (error)
            *error = QStringLiteral("settlement.since");
        return std::nullopt;
    }
    return settlement;
}

std::optional<Workspace> workspaceFromJson(const QJsonObject &object, QString *error)
{
    Workspace workspace;
    workspace.id = object.value(u"id").toString();
    workspace.name = object.value(u"name").toString();
    workspace.site = object.value(u"site").toString();
    workspace.language = object.value(u"language").toString();
    for (const auto &[value, field] :
         {std::pair{&workspace.id, u"id"}, {&workspace.site, u"site"}}) {
        if (value->isEmpty()) {
            fail(error, QString::fromUtf16(field));
            return std::nullopt;
        }
    }
    const auto settlement = settlementFromJson(object.value(u"settlement").toObject(), error);
    if (!settlement)
        return std::nullopt;
    workspace.settlement = *settlement;
    const auto status = workspaceStatusFromWire(object.value(u"status").toString());
    if (!status) {
        fail(error, QStringLiteral("status"));
        return std::nullopt;
    }
    workspace.status = *status;
    if (!object.value(u"version").isDouble()) {
        fail(error, QStringLiteral("version"));
        return std::nullopt;
    }
    workspace.version = object.value(u"version").toInteger();
    if (!readTime(object, u"nextChangeAllowedAt", &workspace.nextChangeAllowedAt, false, error)
        || !readTime(object, u"lockAt", &workspace.lockAt, false, error)
        || !readTime(object, u"createdAt", &workspace.createdAt, false, error)
        || !readTime(object, u"updatedAt", &workspace.updatedAt, false, error))
        return std::nullopt;
    return workspace;
}

} // namespace billing
