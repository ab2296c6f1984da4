#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace billing::server {

// The first reply to a request carrying an Idempotency-Key.
struct IdempotencyRecord {
    QString scope; // "acc:<id>" or "addr:<ip>"
    QByteArray method;
    QString path;
    QByteArray key;
    QByteArray bodyHash;
    int status = 0;
    QByteArray location;
    QByteArray body;
    QDateTime createdAt;
};

class IdempotencyRecords
{
public:
    virtual ~IdempotencyRecords() = default;

    virtual std::optional<IdempotencyRecord> find(const QString &scope, const QByteArray &method,
                                                  const QString &path, const QByteArray &key) = 0;
    virtual void put(const IdempotencyRecord &record) = 0; // replaces an older one
    virtual int purgeOlderThan(const QDateTime &cutoff) = 0;
    virtual int countSince(const QString &scope, const QDateTime &since) = 0;
};

} // namespace billing::server
