#include "IdempotencyStore.h"

#include "Clock.h"
#include "IdempotencyRecords.h"
#include "SessionTokens.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace billing::server {
namespace {
constexpr qint64 kRetentionSeconds = 24 * 60 * 60;
constexpr int kMaxKeyLength = 128;

bool isStored(int status)
{
    return status != 401 && status != 429 && status < 500;
}
} // namespace

IdempotencyStore::IdempotencyStore(IdempotencyRecords &records, const Clock &clock,
                                   QByteArray secret)
    : m_records(records)
    , m_clock(clock)
    , m_secret(std::move(secret))
{}

bool IdempotencyStore::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

QByteArray IdempotencyStore::bodyFingerprint(const QByteArray &body) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // QJsonObject keeps keys sorted, so compact output is a canonical form.
    const bool isJson = error.error == QJsonParseError::NoError && !document.isNull();
    const QByteArray canonical = isJson ? document.toJson(QJsonDocument::Compact) : body;
    return (isJson ? "hmac-json:" : "hmac-raw:")
           + QMessageAuthenticationCode::hash(canonical, m_secret, QCryptographicHash::Sha256)
                 .toHex();
}

// Records written before bodies were keyed ("json:"/"raw:" + SHA-256) expire within 24 h;
// until then they still match their own body.
bool IdempotencyStore::sameBody(const QByteArray &stored, const QByteArray &body) const
{
    if (stored.startsWith("hmac-"))
        return stored == bodyFingerprint(body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return stored == "json:" + SessionTokens::hash(document.toJson(QJsonDocument::Compact));
    return stored == "raw:" + SessionTokens::hash(body);
}

IdempotencyStore::Lookup IdempotencyStore::lookup(const QString &scope, const QByteArray &method,
                                                  const QString &path, const QByteArray &key,
                                                  const QByteArray &body)
{
    if (auto replay = recorded(scope, method, path, key, body))
        return {std::move(replay)};
    const int cap = scope.startsWith(u"acc:") ? kMaxPerAccount : kMaxPerAddress;
    if (m_records.countSince(scope, m_clock.now().addSecs(-kRetentionSeconds)) < cap)
        return {};
    return {HttpResponse::error(ErrorCode::RateLimited,
                                QStringLiteral("Too many requests with an Idempotency-Key "
                                               "in 24 hours; try again later."))
                .withHeader("Retry-After", "3600")};
}

std::optional<HttpResponse> IdempotencyStore::recorded(const QString &scope,
                                                       const QByteArray &method,
                                                       const QString &path, const QByteArray &key,
                                                       const QByteArray &body)
{
    const auto record = m_records.find(scope, method, path, key);
    if (!record || record->createdAt.secsTo(m_clock.now()) >= kRetentionSeconds)
        return std::nullopt;
    if (!sameBody(record->bodyHash, body)) {
        return HttpResponse::error(ErrorCode::IdempotencyKeyReused,
                                   QStringLiteral("This Idempotency-Key was already used with "
                                                  "another request body."));
    }
    HttpResponse replay = HttpResponse::rawJson(record->status, record->body);
    if (record->body.isEmpty())
        replay.headers.clear();
    if (!record->location.isEmpty())
        replay.withHeader("Location", record->location);
    replay.withHeader("Idempotent-Replayed", "true");
    return replay;
}

void IdempotencyStore::remember(const QString &scope, const QByteArray &method, const QString &path,
                                const QByteArray &key, const QByteArray &body,
                                const HttpResponse &response)
{
    if (!isStored(response.status))
        return;
    IdempotencyRecord record;
    record.scope = scope;
    record.method = method;
    record.path = path;
    record.key = key;
    record.bodyHash = bodyFingerprint(body);
    record.status = response.status;
    record.location = response.header("Location").value_or(QByteArray());
    record.body = response.body;
    record.createdAt = m_clock.now();
    m_records.put(record);
}

int IdempotencyStore::purgeExpired()
{
    return m_records.purgeOlderThan(m_clock.now().addSecs(-kRetentionSeconds));
}

} // namespace billing::server
