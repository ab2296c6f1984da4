#include "FieldReader.h"

#include <algorithm>
#include <cmath>

namespace billing::server {

FieldReader::FieldReader(const QJsonObject &object, FieldErrors &errors, const QString &prefix)
    : m_object(object)
    , m_errors(errors)
    , m_prefix(prefix)
{}

QString FieldReader::path(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

FieldReader FieldReader::nested(const QJsonObject &object, const char *key) const
{
    return FieldReader(object, m_errors, path(key));
}

void FieldReader::fail(const char *key, const QString &why)
{
    const QString field = path(key);
    if (!m_errors.contains(field))
        m_errors.insert(field, why);
}

void FieldReader::rejectUnknown(const QList<const char *> &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *name) {
            return it.key() == QLatin1String(name);
        });
        if (!isKnown) {
            const QString field = m_prefix.isEmpty() ? it.key() : m_prefix + u'.' + it.key();
            m_errors.insert(field, QStringLiteral("Unknown field."));
        }
    }
}

bool FieldReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

std::optional<QJsonValue> FieldReader::value(const char *key, bool required)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, QStringLiteral("Required."));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> FieldReader::string(const char *key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isString()) {
        fail(key, QStringLiteral("Must be a string."));
        return std::nullopt;
    }
    return found->toString();
}

std::optional<QString> FieldReader::string(const char *key, QString (*rule)(const QString &))
{
    auto text = string(key);
    if (!text)
        return std::nullopt;
    const QString why = rule(*text);
    if (why.isEmpty())
        return text;
    fail(key, why);
    return std::nullopt;
}

std::optional<bool> FieldReader::boolean(const char *key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isBool()) {
        fail(key, QStringLiteral("Must be true or false."));
        return std::nullopt;
    }
    return found->toBool();
}

std::optional<qint64> FieldReader::integer(const char *key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble();
    if (!found->isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15) {
        fail(key, QStringLiteral("Must be an integer."));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonObject> FieldReader::object(const char *key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isObject()) {
        fail(key, QStringLiteral("Must be an object."));
        return std::nullopt;
    }
    return found->toObject();
}

std::optional<QJsonArray> FieldReader::array(const char *key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        fail(key, QStringLiteral("Must be an array."));
        return std::nullopt;
    }
    return found->toArray();
}

ApiError FieldReader::validationError(const FieldErrors &errors)
{
    return ApiError::make(ErrorCode::ValidationFailed,
                          QStringLiteral("Some fields are missing or invalid."), errors);
}

} // namespace billing::server
