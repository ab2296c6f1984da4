#pragma once

#include "AccountCredentials.h"

#include <optional>

namespace billing::server {

// Accounts, their password hashes and the Alibaba Cloud UIDs they have bound.
class AccountStore
{
public:
    virtual ~AccountStore() = default;

    virtual void insert(const Account &account, const QByteArray &passwordHash) = 0;
    virtual std::optional<Account> findById(const QString &id) = 0;
    // Usernames are unique without regard to case.
    virtual std::optional<AccountCredentials> findByUsername(const QString &username) = 0;
    virtual bool usernameExists(const QString &username) = 0;
    virtual void setHasBillingCenterAccount(const QString &accountId) = 0;
    // Alibaba Cloud UIDs this account has ever bound a workspace to.
    virtual void rememberAliUid(const QString &accountId, const QString &aliUid) = 0;
    virtual bool hasBoundAliUid(const QString &accountId, const QString &aliUid) = 0;
};

} // namespace billing::server
