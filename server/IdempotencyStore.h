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
// A body is remembered only as an HMAC keyed with the server's secret: bodies carry
// passwords, and a plain hash of one could be guessed offline from a copy of the database.
class IdempotencyStore
{
public:
    IdempotencyStore(IdempotencyRecords &records, const Clock &clock, QByteArray secret);

    static bool isValidKey(const QByteArray &key); // 1-128 printable ASCII
    // "Same body" is the same JSON value; a body that is not JSON compares byte for byte.
    QByteArray bodyFingerprint(const QByteArray &body) const;
    // Records one caller may leave in 24 h; beyond them its keyed requests answer 429.
    static constexpr int kMaxPerAccount = 20000;
    static constexpr int kMaxPerAddress = 1000;

    struct Lookup {
        std::optional<HttpResponse> replay; // set: answer with this and do nothing else
    };
    Lookup lookup(const QString &scope, const QByteArray &method, const QString &path,
                  const QByteArray &key, const QByteArray &body);
    // The reply already recorded for the key (or the refusal of another body); no quota check.
    // Asked again inside the transaction that would record it: a request with the same key
    // may have finished since lookup() (a deferred reply's work, another process).
    std::optional<HttpResponse> recorded(const QString &scope, const QByteArray &method,
                                         const QString &path, const QByteArray &key,
                                         const QByteArray &body);
    // Stores the reply unless it is 401, 429 or 5xx (those are retried for real).
    void remember(const QString &scope, const QByteArray &method, const QString &path,
                  const QByteArray &key, const QByteArray &body, const HttpResponse &response);
    int purgeExpired();

private:
    bool sameBody(const QByteArray &stored, const QByteArray &body) const;

    IdempotencyRecords &m_records;
    const Clock &m_clock;
    const QByteArray m_secret;
};

} // namespace billing::server
