#include "SqliteVerificationCodeStore.h"

namespace billing::server {

SqliteVerificationCodeStore::SqliteVerificationCodeStore(const QSqlDatabase &db)
    : m_replace(db, QStringLiteral("INSERT OR REPLACE INTO verification_codes (email_key, "
                                   "code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT code_hash, expires_at FROM verification_codes "
                                "WHERE email_key = ?"))
    , m_remove(db, QStringLiteral("DELETE FROM verification_codes WHERE email_key = ?"))
{}

void SqliteVerificationCodeStore::replace(const QString &emailKey, const QByteArray &codeHash,
                                          const QDateTime &createdAt, const QDateTime &expiresAt)
{
    m_replace.bind(0, emailKey)
        .bind(1, QString::fromLatin1(codeHash))
        .bind(2, SqlStatement::fromTime(createdAt))
        .bind(3, SqlStatement::fromTime(expiresAt))
        .exec();
}

std::optional<StoredVerificationCode> SqliteVerificationCodeStore::find(const QString &emailKey)
{
    m_find.bind(0, emailKey).exec();
    std::optional<StoredVerificationCode> code;
    if (m_find.next())
        code = StoredVerificationCode{m_find.text(0).toLatin1(), m_find.time(1)};
    m_find.finish();
    return code;
}

void SqliteVerificationCodeStore::remove(const QString &emailKey)
{
    m_remove.bind(0, emailKey).exec();
}

} // namespace billing::server
