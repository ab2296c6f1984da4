#include "HttpRequest.h"

namespace billing::server {

std::optional<QByteArray> HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return std::nullopt;
}

std::optional<QString> HttpRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QString HttpRequest::addressScope() const
{
    return QStringLiteral("addr:") + peerAddress.toString();
}

} // namespace billing::server
