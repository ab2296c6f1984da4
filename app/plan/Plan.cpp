#include "Plan.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The member of a (const or not) row that holds a binding field.
template <typename Row> auto *member(Row &row, SettlementBinding::Field field)
{
    switch (field) {
    case SettlementBinding::Field::AliyunAccountId:
        return &row.aliyunAccountId;
    case SettlementBinding::Field::HuaweiAccountId:
        return &row.huaweiAccountId;
    case SettlementBinding::Field::InstanceId:
        return &row.instanceId;
    case SettlementBinding::Field::SubscriptionId:
        break;
    }
    return &row.subscriptionId;
}
} // namespace

QString PlanIssue::toString() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("billing::PlanIssue", text);
    };
    if (line <= 0)
        return message;
    if (field.isEmpty())
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return tr("line %1, column %2 (%3): %4").arg(line).arg(column).arg(field, message);
}

QStringList PlanRow::values() const
{
    return {id,         name,           site,  language, method, aliyunAccountId, huaweiAccountId,
            instanceId, subscriptionId, status};
}

PlanIssue PlanRow::issue(const QString &field, const QString &message) const
{
    if (!columns.isEmpty())
        return {line, columns.value(field, column), field, message};
    // JSON rows name the members as the export writes them.
    static const QMap<QString, QString> jsonPaths = [] {
        QMap<QString, QString> paths{
            {QStringLiteral("method"), QStringLiteral("settlement.method")}};
        for (const SettlementBinding::Field binding : SettlementBinding::allFields())
            paths.insert(columnOf(binding),
                         u"settlement." + QString(SettlementBinding::wireKey(binding)));
        return paths;
    }();
    return {line, column, jsonPaths.value(field, field), message};
}

QString PlanRow::binding(SettlementBinding::Field field) const
{
    return *member(*this, field);
}

QString *PlanRow::bindingField(SettlementBinding::Field field)
{
    return member(*this, field);
}

QString PlanRow::columnOf(SettlementBinding::Field field)
{
    switch (field) {
    case SettlementBinding::Field::AliyunAccountId:
        return QStringLiteral("aliyun_account_id");
    case SettlementBinding::Field::HuaweiAccountId:
        return QStringLiteral("huawei_account_id");
    case SettlementBinding::Field::InstanceId:
        return QStringLiteral("instance_id");
    case SettlementBinding::Field::SubscriptionId:
        return QStringLiteral("subscription_id");
    }
    return {};
}

QString PlanRow::nameOf(SettlementBinding::Field field) const
{
    return columns.isEmpty() ? QString(SettlementBinding::wireKey(field)) : columnOf(field);
}

} // namespace billing
