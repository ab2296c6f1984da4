#pragma once

#include <QString>

namespace billing {
class SiteTable;
}

namespace billing::server {

class AccountStore;
class Clock;
class MarketplaceService;
class PasswordHasher;
class Transactional;
class WorkspaceStore;

// --demo-workspaces N: account "demo" with N varied workspaces over every site and method,
// created once (when the account is absent) in one transaction.
class DemoSeeder
{
public:
    DemoSeeder(AccountStore &accounts, WorkspaceStore &workspaces, MarketplaceService &marketplace,
               const PasswordHasher &hasher, Transactional &transactions, const Clock &clock,
               const SiteTable &sites);

    // Returns false (and logs) when the account already existed and nothing was created.
    bool seed(int workspaceCount);

    static const QString kUsername;
    static const QString kPassword;

private:
    QString workspaceName(int index) const;

    AccountStore &m_accounts;
    WorkspaceStore &m_workspaces;
    MarketplaceService &m_marketplace;
    const PasswordHasher &m_hasher;
    Transactional &m_transactions;
    const Clock &m_clock;
    const SiteTable &m_sites;
};

} // namespace billing::server
