#include "RequestBody.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
// The body as an object; sets *malformed and returns {} when it is not one.
QJsonObject readObject(const QByteArray &body, bool allowEmpty, std::optional<ApiError> *malformed)
{
    if (allowEmpty && body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        return document.object();
    *malformed =
        ApiError::make(ErrorCode::MalformedJson,
                       body.trimmed().isEmpty() ? QStringLiteral("A JSON object body is required.")
                                                : QStringLiteral("The body is not a JSON object."));
    return {};
}
} // namespace

RequestBody::RequestBody(const QByteArray &body, const QList<const char *> &allowedKeys,
                         bool allowEmpty)
    : m_reader(readObject(body, allowEmpty, &m_malformed), m_errors)
{
    m_reader.rejectUnknown(allowedKeys);
}

RequestBody::RequestBody(const QJsonObject &object, const QList<const char *> &allowedKeys)
    : m_reader(object, m_errors)
{
    m_reader.rejectUnknown(allowedKeys);
}

ApiError RequestBody::error() const
{
    if (m_malformed)
        return *m_malformed;
    return FieldReader::validationError(m_errors);
}

} // namespace billing::server
