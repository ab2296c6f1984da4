#include "SqliteSessionStore.h"

namespace billing::server {

SqliteSessionStore::SqliteSessionStore(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO sessions (token_hash, account_id, created_at, "
                                  "expires_at) VALUES (?, ?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT account_id FROM sessions WHERE token_hash = ? "
                                "AND expires_at > ?"))
    , m_remove(db, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"))
    , m_purge(db, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"))
{}

void SqliteSessionStore::insert(const QByteArray &tokenHash, const QString &accountId,
                                const QDateTime &createdAt, const QDateTime &expiresAt)
{
    m_insert.bind(0, QString::fromLatin1(tokenHash))
        .bind(1, accountId)
        .bind(2, SqlStatement::fromTime(createdAt))
        .bind(3, SqlStatement::fromTime(expiresAt))
        .exec();
}

std::optional<QString> SqliteSessionStore::findAccount(const QByteArray &tokenHash,
                                                       const QDateTime &now)
{
    m_find.bind(0, QString::fromLatin1(tokenHash)).bind(1, SqlStatement::fromTime(now)).exec();
    std::optional<QString> account;
    if (m_find.next())
        account = m_find.text(0);
    m_find.finish();
    return account;
}

void SqliteSessionStore::remove(const QByteArray &tokenHash)
{
    m_remove.bind(0, QString::fromLatin1(tokenHash)).exec();
}

int SqliteSessionStore::purgeExpired(const QDateTime &now)
{
    m_purge.bind(0, SqlStatement::fromTime(now)).exec();
    return m_purge.rowsAffected();
}

} // namespace billing::server
