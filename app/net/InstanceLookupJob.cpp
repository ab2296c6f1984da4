#include "InstanceLookupJob.h"

#include <QUrl>

namespace billing {

InstanceLookupJob::InstanceLookupJob(BillingClient &client, const QString &instanceId,
                                     const QString &aliUid, QObject *parent)
    : InstanceReplyJob(client, "GET",
                       u"/api/v1/marketplace/aliyun/instances/"
                           + QString::fromLatin1(QUrl::toPercentEncoding(instanceId)),
                       Auth::Bearer, parent)
{
    if (!aliUid.isEmpty())
        setQuery(QUrlQuery{{QStringLiteral("aliUid"), aliUid}});
}

} // namespace billing
