#include "MeteringRecord.h"

#include <Rfc3339.h>

namespace billing::server {
namespace {
const QString kKey = QStringLiteral("Key");
const QString kValue = QStringLiteral("Value");
} // namespace

QString toWire(MeteringStatus status)
{
    switch (status) {
    case MeteringStatus::Pushed:
        return QStringLiteral("pushed");
    case MeteringStatus::PushFailed:
        return QStringLiteral("push_failed");
    case MeteringStatus::PendingPush:
        break;
    }
    return QStringLiteral("pending_push");
}

MeteringStatus meteringStatusFromWire(const QString &wire)
{
    if (wire == u"pushed")
        return MeteringStatus::Pushed;
    if (wire == u"push_failed")
        return MeteringStatus::PushFailed;
    return MeteringStatus::PendingPush;
}

QJsonObject MeteringRecord::toMarketJson() const
{
    return {{QStringLiteral("InstanceId"), instanceId},
            {QStringLiteral("StartTime"), startTime},
            {QStringLiteral("EndTime"), endTime},
            {QStringLiteral("Entities"), entitiesJson(entities)}};
}

QJsonObject MeteringRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("instanceId"), instanceId},
                       {QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("startTime"), startTime},
                       {QStringLiteral("endTime"), endTime},
                       {QStringLiteral("entities"), entitiesJson(entities)},
                       {QStringLiteral("status"), toWire(status)},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("deadline"), rfc3339::format(deadline)}};
    if (!lastError.isEmpty())
        object.insert(QStringLiteral("lastError"), lastError);
    if (pushedAt.isValid())
        object.insert(QStringLiteral("pushedAt"), rfc3339::format(pushedAt));
    return object;
}

QJsonArray entitiesJson(const QList<MeteringEntity> &entities)
{
    QJsonArray array;
    for (const MeteringEntity &entity : entities)
        array.append(QJsonObject{{kKey, entity.key}, {kValue, entity.value}});
    return array;
}

QList<MeteringEntity> entitiesFromJson(const QJsonArray &array)
{
    QList<MeteringEntity> entities;
    entities.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        entities.append({object.value(kKey).toString(), object.value(kValue).toString()});
    }
    return entities;
}

} // namespace billing::server
