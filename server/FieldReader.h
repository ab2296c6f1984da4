#pragma once

#include <ApiError.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace billing::server {

using FieldErrors = QMap<QString, QString>;

// Reads typed fields of one JSON object and collects a reason per field under its dotted path
// ("settlement.method"); the first reason for a field stays.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, FieldErrors &errors, const QString &prefix = {});

    // Every key not in `known` gets "Unknown field.".
    void rejectUnknown(const QList<const char *> &known);
    bool has(const char *key) const; // present and not null

    // Required fields report "required" when absent or null; optional ones return nullopt.
    std::optional<QString> string(const char *key, bool required = true);
    std::optional<bool> boolean(const char *key, bool required = true);
    std::optional<qint64> integer(const char *key, bool required = true);
    std::optional<QJsonObject> object(const char *key, bool required = true);
    std::optional<QJsonArray> array(const char *key, bool required = true);
    // A required string, reporting the reason `rule` gives (empty when the value is fine).
    std::optional<QString> string(const char *key, QString (*rule)(const QString &));

    // A reader of an object inside this one, reporting under "key." into the same errors.
    FieldReader nested(const QJsonObject &object, const char *key) const;

    void fail(const char *key, const QString &why);
    QString path(const char *key) const;
    bool hasErrors() const { return !m_errors.isEmpty(); } // also those of nested readers
    const QJsonObject &json() const { return m_object; }

    static ApiError validationError(const FieldErrors &errors);

private:
    std::optional<QJsonValue> value(const char *key, bool required);

    QJsonObject m_object;
    FieldErrors &m_errors;
    QString m_prefix;
};

} // namespace billing::server
