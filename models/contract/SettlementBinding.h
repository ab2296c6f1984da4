#pragma once

#include "AliyunIds.h"
#include "SettlementMethod.h"
#include "Workspace.h"

#include <QLatin1String>
#include <QList>

namespace billing {

struct SettlementChange;

// The marketplace binding a settlement carries on the wire (marketplaces.md). Its fields are
// present exactly when the method has them: aliyunAccountId + instanceId for aliyun,
// huaweiAccountId + instanceId for huawei, subscriptionId for aws and azure.
namespace SettlementBinding {

enum class Field { AliyunAccountId, HuaweiAccountId, InstanceId, SubscriptionId };

QList<Field> allFields();
QList<Field> fieldsOf(SettlementMethod method);
QLatin1String wireKey(Field field); // "aliyunAccountId", "huaweiAccountId", ...
// Reads a field of `method` with its identifier parser (trimmed, normalised; see AliyunIds
// and MarketplaceIds). instanceId and subscriptionId read differently per marketplace.
IdParseResult parse(SettlementMethod method, Field field, const QString &text);

QString valueOf(const Settlement &settlement, Field field);
void setValue(Settlement &settlement, Field field, const QString &value);

} // namespace SettlementBinding

// Re-submitting the current binding: the same method and, where the method has a binding,
// the same IDs. `target.workspaceId` and `expectedVersion` do not count.
bool sameBinding(const Settlement &current, const SettlementChange &target);

} // namespace billing
