#pragma once

#include "ApiHelpers.h"
#include "HttpClient.h"
#include "ReplyChecks.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace billing::test {

inline const QByteArray kAzureKey = QByteArrayLiteral("test-azure-webhook-key");
inline const QString kAzureIssuer =
    QStringLiteral("https://sts.windows.net/billing-center-sandbox/");
inline const QString kAzureAudience = QStringLiteral("billing-center-azure-webhook");
inline const QString kAzureConsole = QStringLiteral("/api/v1/sandbox/azure/subscriptions");
inline const QString kAzureWebhook = QStringLiteral("/spi/azure/webhook");

// A JWT as the Azure webhook sends it (HS256 here, the documented simplification), made with
// Qt's HMAC independently of the server's code.
inline QByteArray azureJwt(const QJsonObject &claims, const QByteArray &key = kAzureKey,
                           const QString &alg = QStringLiteral("HS256"))
{
    const auto encode = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input = encode({{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), "JWT"}})
                             + '.' + encode(claims);
    if (alg == u"none")
        return input + '.';
    return input + '.'
           + QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// iss, aud and a 5-minute validity around the real time (the token is checked by the system
// clock, not the sandbox clock).
inline QJsonObject azureClaims(qint64 expiresIn = 300)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), kAzureIssuer},
            {QStringLiteral("aud"), kAzureAudience},
            {QStringLiteral("nbf"), now - 5},
            {QStringLiteral("exp"), now + expiresIn}};
}

inline QJsonObject
azureEvent(const QString &subscriptionId, const QString &action,
           const QString &operationId = QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    return {{QStringLiteral("id"), operationId},
            {QStringLiteral("activityId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("subscriptionId"), subscriptionId},
            {QStringLiteral("offerId"), QStringLiteral("billing-desk-saas")},
            {QStringLiteral("planId"), QStringLiteral("standard")},
            {QStringLiteral("quantity"), 1},
            {QStringLiteral("timeStamp"), QStringLiteral("2031-03-05T04:00:00.000Z")},
            {QStringLiteral("action"), action},
            {QStringLiteral("status"), QStringLiteral("Succeeded")}};
}

inline HttpReply postAzureWebhook(HttpClient &client, const QJsonObject &event,
                                  const QByteArray &token)
{
    HeaderList headers{{"Content-Type", "application/json"}};
    if (!token.isNull())
        headers.append({"Authorization", "Bearer " + token});
    return client.postRaw(kAzureWebhook, compactJson(event), headers);
}

// The account's view of one subscription (GET /api/v1/marketplace/subscriptions), or {}.
inline QJsonObject claimedSubscription(HttpClient &client, const QString &subscriptionId)
{
    const HttpReply reply = client.get(QStringLiteral("/api/v1/marketplace/subscriptions"),
                                       {{QStringLiteral("marketplace"), QStringLiteral("azure")}});
    for (const QJsonValue &item : reply.object().value(QLatin1String("subscriptions")).toArray()) {
        if (item[QLatin1String("subscriptionId")].toString() == subscriptionId)
            return item.toObject();
    }
    return {};
}

inline QJsonObject azureSettlement(const QString &subscriptionId)
{
    return {{QStringLiteral("method"), QStringLiteral("azure")},
            {QStringLiteral("subscriptionId"), subscriptionId}};
}

// A new Billing Center workspace on cn1 moved onto the subscription with PUT …/settlement
// (how Billing Desk binds a claimed subscription); its id, or empty with *error set.
inline QString bindAzureWorkspace(HttpClient &client, const QString &name,
                                  const QString &subscriptionId, QString *error)
{
    const QString id = createWorkspace(client, workspaceBody(name, QStringLiteral("cn1")), error)
                           .value(QLatin1String("id"))
                           .toString();
    if (id.isEmpty())
        return {};
    const HttpReply bound =
        client.put(QStringLiteral("/api/v1/workspaces/") + id + QStringLiteral("/settlement"),
                   azureSettlement(subscriptionId));
    if (bound.status != 200) {
        *error = QStringLiteral("PUT settlement: ") + bound.describe();
        return {};
    }
    return id;
}

// The server every Azure test runs: sandbox, the demo account (it is granted azure), a known
// webhook key.
inline TestServer::Options azureServerOptions()
{
    return TestServer::Options{true,
                               QByteArrayLiteral("test-spi-key"),
                               {QStringLiteral("--demo-workspaces"), QStringLiteral("0"),
                                QStringLiteral("--azure-webhook-key"),
                                QString::fromLatin1(kAzureKey)},
                               {}};
}

} // namespace billing::test
