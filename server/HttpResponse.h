#pragma once

#include <ApiError.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace billing::server {

// A reply as handlers produce it; the adapter writes it to the socket.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse rawJson(int status, const QByteArray &utf8Json);
    static HttpResponse error(const ApiError &error);
    static HttpResponse error(ErrorCode code, const QString &message,
                              const QMap<QString, QString> &fields = {});
    static HttpResponse noContent();

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    std::optional<QByteArray> header(const QByteArray &name) const; // case-insensitive
};

} // namespace billing::server
