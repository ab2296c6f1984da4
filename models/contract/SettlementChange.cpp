#include "SettlementChange.h"

#include <cmath>

namespace billing {
namespace {
bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// A JSON number that is a whole, non-negative integer a double holds exactly.
std::optional<qint64> version(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || std::floor(number) != number || number < 0 || number > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}
} // namespace

QList<const char *> SettlementChange::jsonKeys()
{
    return {"method",     "aliyunAccountId", "huaweiAccountId",
            "instanceId", "subscriptionId",  "expectedVersion"};
}

Settlement SettlementChange::settlement(const QDateTime &since) const
{
    Settlement settlement;
    settlement.method = method;
    for (SettlementBinding::Field field : SettlementBinding::fieldsOf(method))
        SettlementBinding::setValue(settlement, field, binding(field));
    settlement.since = since;
    return settlement;
}

QString SettlementChange::binding(SettlementBinding::Field field) const
{
    switch (field) {
    case SettlementBinding::Field::AliyunAccountId:
        return aliyunAccountId;
    case SettlementBinding::Field::HuaweiAccountId:
        return huaweiAccountId;
    case SettlementBinding::Field::InstanceId:
        return instanceId;
    case SettlementBinding::Field::SubscriptionId:
        return subscriptionId;
    }
    return {};
}

void SettlementChange::setBinding(SettlementBinding::Field field, const QString &value)
{
    switch (field) {
    case SettlementBinding::Field::AliyunAccountId:
        aliyunAccountId = value;
        return;
    case SettlementBinding::Field::HuaweiAccountId:
        huaweiAccountId = value;
        return;
    case SettlementBinding::Field::InstanceId:
        instanceId = value;
        return;
    case SettlementBinding::Field::SubscriptionId:
        subscriptionId = value;
        return;
    }
}

QJsonObject SettlementChange::toJson(bool includeWorkspaceId) const
{
    QJsonObject object{{QStringLiteral("method"), toWire(method)}};
    if (includeWorkspaceId)
        object.insert(QStringLiteral("workspaceId"), workspaceId);
    for (SettlementBinding::Field field : SettlementBinding::fieldsOf(method))
        object.insert(SettlementBinding::wireKey(field), binding(field));
    if (expectedVersion)
        object.insert(QStringLiteral("expectedVersion"), *expectedVersion);
    return object;
}

std::optional<SettlementChange> SettlementChange::fromJson(const QJsonObject &object)
{
    SettlementChange change;
    const auto method = settlementMethodFromWire(object.value(u"method").toString());
    if (!method)
        return std::nullopt;
    change.method = *method;
    const QJsonValue id = object.value(u"workspaceId");
    if (isPresent(id)) {
        if (!id.isString())
            return std::nullopt;
        change.workspaceId = id.toString();
    }
    const auto needed = SettlementBinding::fieldsOf(change.method);
    for (SettlementBinding::Field field : SettlementBinding::allFields()) {
        const QJsonValue value = object.value(SettlementBinding::wireKey(field));
        if (isPresent(value) != needed.contains(field))
            return std::nullopt;
        if (!isPresent(value))
            continue;
        const IdParseResult parsed =
            SettlementBinding::parse(change.method, field, value.toString());
        if (!value.isString() || !parsed.ok())
            return std::nullopt;
        change.setBinding(field, parsed.value);
    }
    const QJsonValue expected = object.value(u"expectedVersion");
    if (isPresent(expected)) {
        change.expectedVersion = version(expected);
        if (!change.expectedVersion)
            return std::nullopt;
    }
    return change;
}

} // namespace billing
