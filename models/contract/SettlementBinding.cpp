#include "SettlementBinding.h"

#include "MarketplaceIds.h"
#include "SettlementChange.h"

namespace billing {

namespace SettlementBinding {

QList<Field> allFields()
{
    return {Field::AliyunAccountId, Field::HuaweiAccountId, Field::InstanceId,
            Field::SubscriptionId};
}

QList<Field> fieldsOf(SettlementMethod method)
{
    switch (method) {
    case SettlementMethod::Aliyun:
        return {Field::AliyunAccountId, Field::InstanceId};
    case SettlementMethod::Huawei:
        return {Field::HuaweiAccountId, Field::InstanceId};
    case SettlementMethod::Aws:
    case SettlementMethod::Azure:
        return {Field::SubscriptionId};
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QLatin1String wireKey(Field field)
{
    switch (field) {
    case Field::AliyunAccountId:
        return QLatin1String("aliyunAccountId");
    case Field::HuaweiAccountId:
        return QLatin1String("huaweiAccountId");
    case Field::InstanceId:
        return QLatin1String("instanceId");
    case Field::SubscriptionId:
        return QLatin1String("subscriptionId");
    }
    return {};
}

IdParseResult parse(SettlementMethod method, Field field, const QString &text)
{
    switch (field) {
    case Field::AliyunAccountId:
        return parseAliyunAccountId(text);
    case Field::HuaweiAccountId:
        return parseHuaweiAccountId(text);
    case Field::InstanceId:
        return method == SettlementMethod::Huawei ? parseMarketplaceToken(text)
                                                  : parseInstanceId(text);
    case Field::SubscriptionId:
        return method == SettlementMethod::Azure ? parseAzureSubscriptionId(text)
                                                 : parseMarketplaceToken(text);
    }
    return {};
}

QString valueOf(const Settlement &settlement, Field field)
{
    switch (field) {
    case Field::AliyunAccountId:
        return settlement.aliyunAccountId;
    case Field::HuaweiAccountId:
        return settlement.huaweiAccountId;
    case Field::InstanceId:
        return settlement.instanceId;
    case Field::SubscriptionId:
        return settlement.subscriptionId;
    }
    return {};
}

void setValue(Settlement &settlement, Field field, const QString &value)
{
    switch (field) {
    case Field::AliyunAccountId:
        settlement.aliyunAccountId = value;
        return;
    case Field::HuaweiAccountId:
        settlement.huaweiAccountId = value;
        return;
    case Field::InstanceId:
        settlement.instanceId = value;
        return;
    case Field::SubscriptionId:
        settlement.subscriptionId = value;
        return;
    }
}

} // namespace SettlementBinding

bool sameBinding(const Settlement &current, const SettlementChange &target)
{
    if (current.method != target.method)
        return false;
    const auto fields = SettlementBinding::fieldsOf(target.method);
    return std::all_of(fields.begin(), fields.end(), [&](SettlementBinding::Field field) {
        return SettlementBinding::valueOf(current, field) == target.binding(field);
    });
}

} // namespace billing
