#pragma once

#include <ApiError.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <initializer_list>
#include <optional>

namespace billing::server {

// Request-body parsing: "not a JSON object" is malformed_json; everything after that collects
// per-field reasons under dotted paths and ends in one validation_failed.
class JsonBody
{
public:
    // The body as an object; an empty body counts as {} only when allowEmpty.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error,
                                                  bool allowEmpty = false);
};

using FieldErrors = QMap<QString, QString>;

// Reads typed fields of one JSON object; `prefix` makes paths like "settlement.method".
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, FieldErrors &errors, const QString &prefix = {});

    void rejectUnknown(std::initializer_list<const char *> known);
    bool has(const char *key) const; // present and not null

    // Required fields report "required" when absent or null; optional ones return nullopt.
    std::optional<QString> string(const char *key, bool required = true);
    std::optional<bool> boolean(const char *key, bool required = true);
    std::optional<qint64> integer(const char *key, bool required = true);
    std::optional<QJsonObject> object(const char *key, bool required = true);
    std::optional<QJsonArray> array(const char *key, bool required = true);

    void fail(const char *key, const QString &why);
    QString path(const char *key) const;
    const QJsonObject &json() const { return m_object; }

    static ApiError validationError(const FieldErrors &errors);

private:
    std::optional<QJsonValue> value(const char *key, bool required);

    QJsonObject m_object;
    FieldErrors &m_errors;
    QString m_prefix;
};

} // namespace billing::server
