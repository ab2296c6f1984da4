#pragma once

#include "ClaimedSubscriptions.h"
#include "CliProfileSource.h"
#include "Workspace.h"

#include <QDateTime>
#include <QList>

namespace billing {

// The workspaces of one profile for `export` and `validate-plan`: from the server (then
// refreshing the offline cache) or from the cache, by CliProfileSource's rules. Emits
// exactly one of loaded() or failed().
class CliWorkspaceSource : public CliProfileSource
{
    Q_OBJECT

public:
    struct Snapshot {
        QList<Workspace> workspaces;
        QList<SettlementMethod> granted; // from the account; empty when from the cache
        QDateTime syncedAt;
        bool fromCache = false;
        QString notice; // for stderr when fromCache: why, and how old the data is
        // Read only with withSubscriptions(); never from the cache.
        ClaimedSubscriptions claimed = {};
    };

    using CliProfileSource::CliProfileSource;

    // Also read the account's claimed marketplace subscriptions (plan validation).
    void withSubscriptions() { m_withSubscriptions = true; }

Q_SIGNALS:
    void loaded(const billing::CliWorkspaceSource::Snapshot &snapshot);

private:
    void fetch(BillingClient &client) override;
    void loadCache(const QString &reason) override;
    void fetchWorkspaces(BillingClient &client, const QList<SettlementMethod> &granted);
    void fetchSubscriptions(BillingClient &client, const Snapshot &snapshot);
    void deliver(const Snapshot &snapshot);

    bool m_withSubscriptions = false;
};

} // namespace billing
