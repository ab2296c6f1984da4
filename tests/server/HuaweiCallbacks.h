#pragma once

// Huawei Cloud KooGallery's side of the tests: signed POST /spi/huawei callbacks (interface
// version 2), written from the contract (marketplaces.md), not from the server's code.
#include "ApiHelpers.h"
#include "HttpClient.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace billing::test {

inline const QByteArray kHuaweiKey = QByteArrayLiteral("test-huawei-key");

inline TestServer::Options huaweiServerOptions()
{
    TestServer::Options options;
    options.extraArgs << QStringLiteral("--huawei-key") << QString::fromLatin1(kHuaweiKey);
    return options;
}

inline QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// A fresh Huawei Cloud account ID (32 lowercase hex digits).
inline QString uniqueHuaweiAccount()
{
    return randomHex(16);
}

struct HuaweiSigning {
    QByteArray key = kHuaweiKey;
    qint64 timestampMs = 0; // 0: now
    QString nonce;          // empty: a fresh one
};

inline QueryItems huaweiQuery(const QByteArray &body, const HuaweiSigning &signing)
{
    const QString nonce = signing.nonce.isEmpty() ? randomHex(12) : signing.nonce;
    const QString timestamp = QString::number(
        signing.timestampMs ? signing.timestampMs : QDateTime::currentMSecsSinceEpoch());
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(nonce.toUtf8() + timestamp.toLatin1() + bodyHash,
                                         signing.key, QCryptographicHash::Sha256)
            .toHex();
    return {{QStringLiteral("signature"), QString::fromLatin1(signature)},
            {QStringLiteral("timestamp"), timestamp},
            {QStringLiteral("nonce"), nonce}};
}

inline HttpReply postHuawei(HttpClient &client, const QByteArray &body, const QueryItems &query)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/spi/huawei");
    request.query = query;
    request.body = body;
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.token = QString();
    return client.send(request);
}

inline HttpReply callHuawei(HttpClient &client, const QJsonObject &body,
                            const HuaweiSigning &signing = {})
{
    const QByteArray raw = compactJson(body);
    return postHuawei(client, raw, huaweiQuery(raw, signing));
}

inline QString resultCode(const HttpReply &reply)
{
    return reply.object().value(QLatin1String("resultCode")).toString();
}

inline QJsonObject huaweiNewInstance(const QString &account, const QString &orderId,
                                     const QString &orderLineId = QStringLiteral("line-1"))
{
    return {{QStringLiteral("activity"), QStringLiteral("newInstance")},
            {QStringLiteral("orderId"), orderId},
            {QStringLiteral("orderLineId"), orderLineId},
            {QStringLiteral("businessId"), randomHex(8)},
            {QStringLiteral("customerId"), account},
            {QStringLiteral("productId"), QStringLiteral("OFFI123456789")},
            {QStringLiteral("skuCode"), QStringLiteral("sku-monthly")},
            {QStringLiteral("expireTime"), QStringLiteral("20311105120000")}};
}

inline QJsonObject huaweiActivity(const QString &activity, const QString &instanceId,
                                  QJsonObject fields = {})
{
    fields.insert(QStringLiteral("activity"), activity);
    fields.insert(QStringLiteral("instanceId"), instanceId);
    return fields;
}

inline QJsonObject huaweiSettlement(const QString &account, const QString &instanceId)
{
    return {{QStringLiteral("method"), QStringLiteral("huawei")},
            {QStringLiteral("huaweiAccountId"), account},
            {QStringLiteral("instanceId"), instanceId}};
}

inline const QString kHuaweiSite = QStringLiteral("cn4");
inline const QString kHuaweiInstances = QStringLiteral("/api/v1/marketplace/huawei/instances/");

} // namespace billing::test
