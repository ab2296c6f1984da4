#include "InstanceLookupJob.h"

#include <QUrl>

namespace billing {

InstanceLookupJob::InstanceLookupJob(BillingClient &client, SettlementMethod marketplace,
                                     const QString &instanceId, const QString &accountId,
                                     QObject *parent)
    : InstanceReplyJob(client, "GET",
                       u"/api/v1/marketplace/" + toWire(marketplace) + u"/instances/"
                           + QString::fromLatin1(QUrl::toPercentEncoding(instanceId)),
                       Auth::Bearer, parent)
{
    const QString key = marketplace == SettlementMethod::Huawei ? QStringLiteral("huaweiAccountId")
                                                                : QStringLiteral("aliUid");
    if (!accountId.isEmpty())
        setQuery(QUrlQuery{{key, accountId}});
}

} // namespace billing
