#include "SettlementBinding.h"

#include "SettlementChange.h"

namespace billing {

namespace SettlementBinding {

QList<Field> allFields()
{
    return {Field::AliyunAccountId, Field::InstanceId};
}

QList<Field> fieldsOf(SettlementMethod method)
{
    if (method == SettlementMethod::Aliyun)
        return allFields();
    return {};
}

QLatin1String wireKey(Field field)
{
    switch (field) {
    case Field::AliyunAccountId:
        return QLatin1String("aliyunAccountId");
    case Field::InstanceId:
        return QLatin1String("instanceId");
    }
    return {};
}

IdParseResult parse(Field field, const QString &text)
{
    return field == Field::AliyunAccountId ? parseAliyunAccountId(text) : parseInstanceId(text);
}

} // namespace SettlementBinding

bool sameBinding(const Settlement &current, const SettlementChange &target)
{
    if (current.method != target.method)
        return false;
    return SettlementBinding::fieldsOf(target.method).isEmpty()
           || (current.aliyunAccountId == target.aliyunAccountId
               && current.instanceId == target.instanceId);
}

} // namespace billing
