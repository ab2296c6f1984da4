#include "SandboxMeteringJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace billing {

SandboxMeteringJob::SandboxMeteringJob(BillingClient &client, const QString &path,
                                       const QString &idParameter, const QString &subscriptionId,
                                       QObject *parent)
    : ApiJob(client, "GET", path, Auth::None, parent)
{
    if (!subscriptionId.isEmpty())
        setQuery(QUrlQuery{{idParameter, subscriptionId}});
}

bool SandboxMeteringJob::parseSuccess(int, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    const QJsonValue list =
        object.contains(u"records") ? object.value(u"records") : object.value(u"items");
    if (!list.isArray())
        return false;
    m_records.clear();
    for (const QJsonValue &record : list.toArray())
        m_records.append(MeteringRecordRow::fromJson(record.toObject()));
    m_total = object.value(u"total").toInteger(m_records.size());
    return true;
}

} // namespace billing
