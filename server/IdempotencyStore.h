#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace billing::server {

class Clock;
class IdempotencyRecords;

// Idempotency-Key handling: replay the first reply for the same key and body within 24 h
// of server time, refuse the key with another body, remember replies worth replaying.
class IdempotencyStore
{
public:
    IdempotencyStore(IdempotencyRecords &records, const Clock &clock);

    static bool isValidKey(const QByteArray &key); // 1-128 printable ASCII
    // "Same body" is the same JSON value; a body that is not JSON compares byte for byte.
    static QByteArray bodyFingerprint(const QByteArray &body);

    struct Lookup {
        std::optional<HttpResponse> replay; // set: answer with this and do nothing else
    };
    Lookup lookup(const QString &scope, const QByteArray &method, const QString &path,
                  const QByteArray &key, const QByteArray &body);
    // Stores the reply unless it is 401, 429 or 5xx (those are retried for real).
    void remember(const QString &scope, const QByteArray &method, const QString &path,
                  const QByteArray &key, const QByteArray &body, const HttpResponse &response);
    int purgeExpired();

private:
    IdempotencyRecords &m_records;
    const Clock &m_clock;
};

} // namespace billing::server
