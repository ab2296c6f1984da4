#pragma once

#include "AliyunIds.h"
#include "SettlementMethod.h"
#include "Workspace.h"

#include <QLatin1String>
#include <QList>

namespace billing {

struct SettlementChange;

// The marketplace binding a settlement carries on the wire. Its fields are present exactly
// when the method has them: aliyunAccountId and instanceId for aliyun, none for the others.
namespace SettlementBinding {

enum class Field { AliyunAccountId, InstanceId };

QList<Field> allFields();
QList<Field> fieldsOf(SettlementMethod method);
QLatin1String wireKey(Field field); // "aliyunAccountId", "instanceId"
// Reads a field with its identifier parser (trimmed, normalised; see AliyunIds).
IdParseResult parse(Field field, const QString &text);

} // namespace SettlementBinding

// Re-submitting the current binding: the same method and, where the method has a binding,
// the same IDs. `target.workspaceId` and `expectedVersion` do not count.
bool sameBinding(const Settlement &current, const SettlementChange &target);

} // namespace billing
