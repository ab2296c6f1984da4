#pragma once

#include "DemoSubscriptions.h"

#include "EventRecorder.h"

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
// created once (when the account is absent) in one transaction. Each workspace has a history
// of `history` events: its creation, then settlement changes a minute apart that end in its
// settlement (synthetic, for the audit-log benchmarks; they do not count as monthly changes).
class DemoSeeder
{
public:
    DemoSeeder(AccountStore &accounts, WorkspaceStore &workspaces, EventRecorder &events,
               MarketplaceService &marketplace, const PasswordHasher &hasher,
               Transactional &transactions, const Clock &clock, const SiteTable &sites);

    // Returns false (and logs) when the account already existed and nothing was created.
    bool seed(int workspaceCount, int history = 1);

    static const QString kUsername;
    static const QString kPassword;

private:
    QString workspaceName(int index) const;
    // Inserts the workspace with `history` events ending in its settlement.
    void insertWithHistory(StoredWorkspace &stored, int history, const EventOrigin &origin);

    AccountStore &m_accounts;
    WorkspaceStore &m_workspaces;
    EventRecorder &m_events;
    MarketplaceService &m_marketplace;
    const PasswordHasher &m_hasher;
    Transactional &m_transactions;
    const Clock &m_clock;
    const SiteTable &m_sites;
    DemoSubscriptions m_subscriptions;
};

} // namespace billing::server
