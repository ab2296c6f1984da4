#include "MarketplaceHelpers.h"

#include "ApiHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>

namespace billing::test {
namespace {
QAtomicInteger<qint64> g_huaweiAccounts = 0;

QString unexpected(const QString &what, const HttpReply &reply)
{
    return what + u": " + reply.describe();
}

HttpReply sandboxPost(HttpClient &client, const QString &path, const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = compactJson(body);
    request.token = QString(); // the sandbox consoles play the marketplace, not the account
    return client.send(request);
}
} // namespace

QString uniqueHuaweiAccountId()
{
    const qint64 n = g_huaweiAccounts.fetchAndAddRelaxed(1) + 1;
    return QStringLiteral("%1%2")
        .arg(QString::number(QCoreApplication::applicationPid(), 16), 12, u'0')
        .arg(QString::number(n, 16), 20, u'0')
        .right(32);
}

QJsonObject claimSandboxSubscription(HttpClient &client, const QString &marketplace, QString *error)
{
    const QString path = QStringLiteral("/api/v1/sandbox/%1/subscriptions").arg(marketplace);
    const HttpReply subscribed = sandboxPost(client, path, {});
    const QString code = subscribed.object().value(u"claimCode").toString();
    if (subscribed.status != 201 || code.isEmpty()) {
        *error = unexpected(u"POST " + path, subscribed);
        return {};
    }
    const HttpReply claimed =
        client.post(QStringLiteral("/api/v1/marketplace/claims"), {{QStringLiteral("code"), code}});
    if (claimed.status != 201) {
        *error = unexpected(QStringLiteral("POST /api/v1/marketplace/claims"), claimed);
        return {};
    }
    return claimed.object();
}

QJsonObject createSandboxHuaweiInstance(HttpClient &client, const QString &huaweiAccountId,
                                        QString *error)
{
    const HttpReply reply = sandboxPost(client, QStringLiteral("/api/v1/sandbox/huawei/instances"),
                                        {{QStringLiteral("huaweiAccountId"), huaweiAccountId}});
    if (reply.status != 201 || reply.object().value(u"subscriptionId").toString().isEmpty()) {
        *error = unexpected(QStringLiteral("POST /api/v1/sandbox/huawei/instances"), reply);
        return {};
    }
    return reply.object();
}

QJsonObject boundSettlementBody(HttpClient &client, const QString &method, QString *error)
{
    QJsonObject body{{QStringLiteral("method"), method}};
    if (method == u"aws" || method == u"azure") {
        const QJsonObject subscription = claimSandboxSubscription(client, method, error);
        body.insert(QStringLiteral("subscriptionId"), subscription.value(u"subscriptionId"));
    } else if (method == u"huawei") {
        const QString account = uniqueHuaweiAccountId();
        const QJsonObject instance = createSandboxHuaweiInstance(client, account, error);
        body.insert(QStringLiteral("huaweiAccountId"), account);
        body.insert(QStringLiteral("instanceId"), instance.value(u"subscriptionId"));
    } else if (method == u"aliyun") {
        const QString uid = uniqueUid();
        const QJsonObject instance = createSandboxInstance(client, uid, error);
        body.insert(QStringLiteral("aliyunAccountId"), uid);
        body.insert(QStringLiteral("instanceId"), instance.value(u"instanceId"));
    }
    return error->isEmpty() ? body : QJsonObject();
}

QJsonObject wellFormedSettlementBody(const QString &method)
{
    QJsonObject body{{QStringLiteral("method"), method}};
    if (method == u"aws")
        body.insert(QStringLiteral("subscriptionId"), QStringLiteral("aws-00000000000000000000"));
    else if (method == u"azure")
        body.insert(QStringLiteral("subscriptionId"),
                    QStringLiteral("00000000-0000-4000-8000-000000000000"));
    else if (method == u"huawei")
        body = QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("huaweiAccountId"), QString(32, u'0')},
                           {QStringLiteral("instanceId"), QStringLiteral("hw-none")}};
    else if (method == u"aliyun")
        body = QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("aliyunAccountId"), QStringLiteral("1000000000000000")},
                           {QStringLiteral("instanceId"), QStringLiteral("9000000000000000001")}};
    return body;
}

} // namespace billing::test
