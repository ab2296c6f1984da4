#include "Plan.h"

#include <QCoreApplication>

namespace billing {

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

PlanIssue PlanRow::issue(const QString &field, const QString &message) const
{
    if (!columns.isEmpty())
        return {line, columns.value(field, column), field, message};
    // JSON rows name the members as the export writes them.
    static const QMap<QString, QString> jsonPaths{
        {QStringLiteral("method"), QStringLiteral("settlement.method")},
        {QStringLiteral("aliyun_account_id"), QStringLiteral("settlement.aliyunAccountId")},
        {QStringLiteral("instance_id"), QStringLiteral("settlement.instanceId")}};
    return {line, column, jsonPaths.value(field, field), message};
}

} // namespace billing
