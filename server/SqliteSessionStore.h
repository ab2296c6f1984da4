#pragma once

#include "SessionStore.h"
#include "SqlStatement.h"

namespace billing::server {

class SqliteSessionStore : public SessionStore
{
public:
    explicit SqliteSessionStore(const QSqlDatabase &db);

    void insert(const QByteArray &tokenHash, const QString &accountId, const QDateTime &createdAt,
                const QDateTime &expiresAt) override;
    std::optional<QString> findAccount(const QByteArray &tokenHash, const QDateTime &now) override;
    void remove(const QByteArray &tokenHash) override;
    int purgeExpired(const QDateTime &now) override;

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_remove;
    SqlStatement m_purge;
};

} // namespace billing::server
