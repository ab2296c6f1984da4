#include "AsyncHttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace billing::load {
namespace {
constexpr int kTransferTimeoutMs = 30000;
}

QString AsyncReply::errorCode() const
{
    return json.object().value(u"error").toObject().value(u"code").toString();
}

QString AsyncReply::outcome() const
{
    if (status == 0)
        return u"network: "_qs + networkError;
    const QString code = errorCode();
    return code.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(code);
}

void sendAsync(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
               const QByteArray &body, const Headers &headers,
               std::function<void(const AsyncReply &)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timer, done] {
        AsyncReply result;
        result.latencyUs = timer->nsecsElapsed() / 1000;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status == 0)
            result.networkError = reply->errorString();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body);
        result.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
        reply->deleteLater();
        done(result);
    });
}

} // namespace billing::load
