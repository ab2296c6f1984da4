#include "SqliteVerificationCodeStore.h"

namespace billing::server {

SqliteVerificationCodeStore::SqliteVerificationCodeStore(const QSqlDatabase &db)
    : m_replace(db, QStringLiteral("INSERT INTO verification_codes (email_key, code_hash, "
                                   "created_at, expires_at) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (email_key) DO UPDATE SET "
                                   "code_hash = excluded.code_hash, "
                                   "created_at = excluded.created_at, "
                                   "expires_at = excluded.expires_at, wrong_tries = 0"))
    , m_find(db, QStringLiteral("SELECT code_hash, expires_at, wrong_tries FROM "
                                "verification_codes WHERE email_key = ?"))
    , m_remove(db, QStringLiteral("DELETE FROM verification_codes WHERE email_key = ?"))
    , m_wrongTry(db, QStringLiteral("UPDATE verification_codes SET wrong_tries = wrong_tries + 1 "
                                    "WHERE email_key = ?"))
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
        code = StoredVerificationCode{m_find.text(0).toLatin1(), m_find.time(1),
                                      int(m_find.integer(2))};
    m_find.finish();
    return code;
}

void SqliteVerificationCodeStore::remove(const QString &emailKey)
{
    m_remove.bind(0, emailKey).exec();
}

void SqliteVerificationCodeStore::recordWrongTry(const QString &emailKey)
{
    m_wrongTry.bind(0, emailKey).exec();
}

} // namespace billing::server
