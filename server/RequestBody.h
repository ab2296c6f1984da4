#pragma once

#include "FieldReader.h"

#include <ApiError.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace billing::server {

// What every handler that reads a body does first and last: the body must be a JSON object
// (else 400 malformed_json), keys other than `allowedKeys` are "Unknown field.", and every
// field's reason ends in one 422 validation_failed. Read the fields through fields(), then
// answer error() if !ok().
class RequestBody
{
public:
    // An empty body counts as {} only when allowEmpty.
    RequestBody(const QByteArray &body, const QList<const char *> &allowedKeys,
                bool allowEmpty = false);
    // One item of a batch, read the same way (its field paths are relative to the item).
    RequestBody(const QJsonObject &object, const QList<const char *> &allowedKeys);
    RequestBody(const RequestBody &) = delete;
    RequestBody &operator=(const RequestBody &) = delete;

    // Reads {} when the body is not an object, so reading needs no guard.
    FieldReader &fields() { return m_reader; }
    bool ok() const { return !m_malformed && m_errors.isEmpty(); }
    // malformed_json, else validation_failed with every field's reason.
    ApiError error() const;

private:
    std::optional<ApiError> m_malformed; // set while m_reader is built: declared before it
    FieldErrors m_errors;
    FieldReader m_reader;
};

} // namespace billing::server
