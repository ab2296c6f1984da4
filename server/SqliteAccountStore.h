#pragma once

#include "AccountStore.h"
#include "SqlStatement.h"

namespace billing::server {

class SqliteAccountStore : public AccountStore
{
public:
    explicit SqliteAccountStore(const QSqlDatabase &db);

    void insert(const Account &account, const QByteArray &passwordHash) override;
    std::optional<Account> findById(const QString &id) override;
    std::optional<AccountCredentials> findByUsername(const QString &username) override;
    bool usernameExists(const QString &username) override;
    void setHasBillingCenterAccount(const QString &accountId) override;
    void rememberAliUid(const QString &accountId, const QString &aliUid) override;
    bool hasBoundAliUid(const QString &accountId, const QString &aliUid) override;

private:
    static Account readAccount(const SqlStatement &row);

    SqlStatement m_insert;
    SqlStatement m_byId;
    SqlStatement m_byUsername;
    SqlStatement m_setBillingCenter;
    SqlStatement m_rememberUid;
    SqlStatement m_hasUid;
};

} // namespace billing::server
