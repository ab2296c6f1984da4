#pragma once

#include <AuditFilter.h>
#include <SettlementEvent.h>

#include <QList>

namespace billing::server {

// An event row: the contract object plus its owner and its place in the log.
struct StoredEvent {
    qint64 seq = 0;     // the order written, the paging key
    qint64 prevSeq = 0; // the workspace's event before this one (0: none)
    QString accountId;
    SettlementEvent event;
};

// The settlement history, append-only. Lists are newest first (by time, then by the order
// written), keyset-paged after the seq of the last event of the previous page.
class EventStore
{
public:
    virtual ~EventStore() = default;

    virtual void append(StoredEvent &event) = 0; // sets seq and event.id
    // The account's events the filter selects, older than the event beforeSeq (0: from the
    // newest). With a workspace they are read along its chain (StoredWorkspace::lastEventSeq,
    // then each event's prevSeq): a workspace's history is this with only its id.
    virtual QList<StoredEvent> audit(const QString &accountId, const AuditFilter &filter,
                                     qint64 beforeSeq, int limit) = 0;
    virtual qint64 countAudit(const QString &accountId, const AuditFilter &filter) = 0;
};

} // namespace billing::server
