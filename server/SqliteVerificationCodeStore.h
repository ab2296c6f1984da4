#pragma once

#include "SqlStatement.h"
#include "VerificationCodeStore.h"

namespace billing::server {

class SqliteVerificationCodeStore : public VerificationCodeStore
{
public:
    explicit SqliteVerificationCodeStore(const QSqlDatabase &db);

    void replace(const QString &emailKey, const QByteArray &codeHash, const QDateTime &createdAt,
                 const QDateTime &expiresAt) override;
    std::optional<StoredVerificationCode> find(const QString &emailKey) override;
    void remove(const QString &emailKey) override;
    void recordWrongTry(const QString &emailKey) override;

private:
    SqlStatement m_replace;
    SqlStatement m_find;
    SqlStatement m_remove;
    SqlStatement m_wrongTry;
};

} // namespace billing::server
