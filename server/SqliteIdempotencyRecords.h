#pragma once

#include "IdempotencyRecords.h"
#include "SqlStatement.h"

namespace billing::server {

class SqliteIdempotencyRecords : public IdempotencyRecords
{
public:
    explicit SqliteIdempotencyRecords(const QSqlDatabase &db);

    std::optional<IdempotencyRecord> find(const QString &scope, const QByteArray &method,
                                          const QString &path, const QByteArray &key) override;
    void put(const IdempotencyRecord &record) override;
    int purgeOlderThan(const QDateTime &cutoff) override;
    int countSince(const QString &scope, const QDateTime &since) override;

private:
    SqlStatement m_find;
    SqlStatement m_put;
    SqlStatement m_purge;
    SqlStatement m_count;
};

} // namespace billing::server
