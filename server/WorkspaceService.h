#pragma once

#include "EventRecorder.h"
#include "Outcome.h"
#include "SettlementRules.h"
#include "StoredWorkspace.h"
#include "WorkspaceStore.h"

#include <Account.h>
#include <NewWorkspace.h>

#include <QList>

namespace billing {
class SiteTable;
}

namespace billing::server {

class AccountStore;
class ChangeLookups;
class Clock;
class InstanceStore;
class Transactional;

// One item of a batch: either a readable change or the reason it is not one.
struct BatchItem {
    QString workspaceId;
    std::optional<SettlementChange> request;
    ApiError invalid; // when !request
};

struct WorkspacePage {
    QList<Workspace> items;
    qint64 nextSeq = 0; // 0 at the end
    qint64 total = 0;
    QString syncToken; // the sync clock when the page was read (see SyncToken)
};

// Creating, reading and re-settling workspaces; the rules decide, this class gathers the facts
// and stores the outcome, each change with its history event in the same transaction.
class WorkspaceService
{
public:
    WorkspaceService(WorkspaceStore &workspaces, InstanceStore &instances, AccountStore &accounts,
                     EventRecorder &events, Transactional &transactions, const Clock &clock,
                     const SiteTable &sites);

    Outcome<Workspace> create(const Account &account, const NewWorkspace &request,
                              const EventOrigin &origin);
    Outcome<Workspace> get(const Account &account, const QString &id);
    WorkspacePage list(const Account &account, const WorkspaceFilter &filter, qint64 afterSeq,
                       int limit);
    // The account's workspaces changed after the token's clock value, in the order of their
    // last change, paged by that order (afterChangeSeq 0: from the token on). Fails with
    // sync_token_expired when the token cannot be used.
    Outcome<WorkspacePage> changedSince(const Account &account, const QString &token,
                                        qint64 afterChangeSeq, int limit);
    Outcome<Workspace> change(const Account &account, const QString &id,
                              const SettlementChange &request, const EventOrigin &origin);
    // Applied in order in one transaction, committed before returning.
    QList<Outcome<Workspace>> applyBatch(const Account &account, const QList<BatchItem> &items,
                                         const EventOrigin &origin);

    // lock_pending workspaces whose countdown ended become locked (at their lockAt). Called by
    // the writers and the server's timer, never by a read: reads must work on a full disk.
    void sweepLocks();
    Workspace present(const StoredWorkspace &stored) const;

private:
    QString syncToken();
    void present(QList<StoredWorkspace> rows, WorkspacePage *page);
    // `stored` is the row as read (nullopt: no such workspace); updated when applied.
    Outcome<Workspace> applyChange(const Account &account, std::optional<StoredWorkspace> &stored,
                                   const SettlementChange &request, const EventOrigin &origin,
                                   ChangeLookups &lookups);
    static ApiError notFound();

    WorkspaceStore &m_workspaces;
    InstanceStore &m_instances;
    AccountStore &m_accounts;
    EventRecorder &m_events;
    Transactional &m_transactions;
    const Clock &m_clock;
    const SiteTable &m_sites;
    SettlementRules m_rules;
};

} // namespace billing::server
