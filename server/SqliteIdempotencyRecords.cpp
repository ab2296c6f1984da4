#include "SqliteIdempotencyRecords.h"

namespace billing::server {

SqliteIdempotencyRecords::SqliteIdempotencyRecords(const QSqlDatabase &db)
    : m_find(db, QStringLiteral("SELECT body_hash, status, location, body, created_at "
                                "FROM idempotency WHERE scope = ? AND method = ? AND path = ? "
                                "AND idem_key = ?"))
    , m_put(db, QStringLiteral("INSERT INTO idempotency (scope, method, path, idem_key, "
                               "body_hash, status, location, body, created_at) "
                               "VALUES (?,?,?,?,?,?,?,?,?) "
                               "ON CONFLICT (scope, method, path, idem_key) DO UPDATE SET "
                               "body_hash = excluded.body_hash, status = excluded.status, "
                               "location = excluded.location, body = excluded.body, "
                               "created_at = excluded.created_at"))
    , m_purge(db, QStringLiteral("DELETE FROM idempotency WHERE created_at <= ?"))
    , m_count(db, QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE scope = ? AND "
                                 "created_at > ?"))
{}

std::optional<IdempotencyRecord> SqliteIdempotencyRecords::find(const QString &scope,
                                                                const QByteArray &method,
                                                                const QString &path,
                                                                const QByteArray &key)
{
    m_find.bind(0, scope)
        .bind(1, QString::fromLatin1(method))
        .bind(2, path)
        .bind(3, QString::fromLatin1(key))
        .exec();
    std::optional<IdempotencyRecord> record;
    if (m_find.next()) {
        record = IdempotencyRecord{scope,
                                   method,
                                   path,
                                   key,
                                   m_find.text(0).toLatin1(),
                                   int(m_find.integer(1)),
                                   m_find.text(2).toUtf8(),
                                   m_find.value(3).toByteArray(),
                                   m_find.time(4)};
    }
    m_find.finish();
    return record;
}

void SqliteIdempotencyRecords::put(const IdempotencyRecord &record)
{
    m_put.bind(0, record.scope)
        .bind(1, QString::fromLatin1(record.method))
        .bind(2, record.path)
        .bind(3, QString::fromLatin1(record.key))
        .bind(4, QString::fromLatin1(record.bodyHash))
        .bind(5, record.status)
        .bind(6, QString::fromUtf8(record.location))
        .bind(7, record.body)
        .bind(8, SqlStatement::fromTime(record.createdAt))
        .exec();
}

int SqliteIdempotencyRecords::purgeOlderThan(const QDateTime &cutoff)
{
    m_purge.bind(0, SqlStatement::fromTime(cutoff)).exec();
    return m_purge.rowsAffected();
}

int SqliteIdempotencyRecords::countSince(const QString &scope, const QDateTime &since)
{
    m_count.bind(0, scope).bind(1, SqlStatement::fromTime(since)).exec();
    const int count = m_count.next() ? int(m_count.integer(0)) : 0;
    m_count.finish();
    return count;
}

} // namespace billing::server
