#include "MarketplaceJobs.h"

#include <QJsonObject>
#include <QUrl>

namespace billing {
namespace {
QString instancePath(const QString &prefix, const QString &instanceId)
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(instanceId));
}

QString actionName(SandboxInstanceActionJob::Action action)
{
    switch (action) {
    case SandboxInstanceActionJob::Action::Expire:
        return QStringLiteral("expire");
    case SandboxInstanceActionJob::Action::Renew:
        return QStringLiteral("renew");
    case SandboxInstanceActionJob::Action::Release:
        return QStringLiteral("release");
    }
    return {};
}
} // namespace

bool InstanceReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto instance = aliyunInstanceFromJson(body.object());
    if (instance)
        m_instance = *instance;
    return instance.has_value();
}

InstanceLookupJob::InstanceLookupJob(BillingClient &client, const QString &instanceId,
                                     const QString &aliUid, QObject *parent)
    : InstanceReplyJob(
        client, "GET",
        instancePath(QStringLiteral("/api/v1/marketplace/aliyun/instances/"), instanceId),
        Auth::Bearer, parent)
{
    if (!aliUid.isEmpty())
        setQuery(QUrlQuery{{QStringLiteral("aliUid"), aliUid}});
}

SandboxCreateInstanceJob::SandboxCreateInstanceJob(BillingClient &client, const QString &aliUid,
                                                   bool trial, QObject *parent)
    : InstanceReplyJob(client, "POST", QStringLiteral("/api/v1/sandbox/aliyun/instances"),
                       Auth::None, parent)
{
    setJsonBody({{QStringLiteral("aliUid"), aliUid}, {QStringLiteral("trial"), trial}});
    setIdempotencyKey({});
}

SandboxInstanceActionJob::SandboxInstanceActionJob(BillingClient &client, const QString &instanceId,
                                                   Action action, QObject *parent)
    : InstanceReplyJob(client, "POST",
                       instancePath(QStringLiteral("/api/v1/sandbox/aliyun/instances/"), instanceId)
                           + u'/' + actionName(action),
                       Auth::None, parent)
{
    setJsonBody({});
    setIdempotencyKey({});
}

} // namespace billing
