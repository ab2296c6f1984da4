#pragma once

#include "EventStore.h"
#include "Outcome.h"

#include <Account.h>

namespace billing::server {

class WorkspaceService;

struct EventPage {
    QList<StoredEvent> items;
    qint64 nextSeq = 0; // 0 at the end
    qint64 total = 0;
};

// Reading the settlement history: one workspace's, or the account's audit log. Reads only:
// due lock countdowns are settled by the server's timer and by the writers.
class EventService
{
public:
    EventService(EventStore &events, WorkspaceService &workspaces);

    // A workspace of another account is not_found, as in every workspace endpoint.
    Outcome<EventPage> history(const Account &account, const QString &workspaceId, qint64 beforeSeq,
                               int limit);
    EventPage audit(const Account &account, const AuditFilter &filter, qint64 beforeSeq, int limit);

private:
    // One page of the account's events the filter selects, and their total.
    EventPage page(const Account &account, const AuditFilter &filter, qint64 beforeSeq, int limit);

    EventStore &m_events;
    WorkspaceService &m_workspaces;
};

} // namespace billing::server
