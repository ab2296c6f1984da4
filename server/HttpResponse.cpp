#include "HttpResponse.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

HttpResponse HttpResponse::failed()
{
    return error(ErrorCode::Internal, QStringLiteral("The server could not complete the request."));
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::rawJson(int status, const QByteArray &utf8Json)
{
    HttpResponse response;
    response.status = status;
    response.body = utf8Json;
    response.headers.append({QByteArrayLiteral("Content-Type"), kJsonType});
    return response;
}

HttpResponse HttpResponse::error(const ApiError &error)
{
    HttpResponse response = json(httpStatus(error.code), error.toBody());
    if (error.code == ErrorCode::Unauthenticated)
        response.withHeader("WWW-Authenticate", "Bearer");
    return response;
}

HttpResponse HttpResponse::error(ErrorCode code, const QString &message,
                                 const QMap<QString, QString> &fields)
{
    return error(ApiError::make(code, message, fields));
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

std::optional<QByteArray> HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace billing::server
