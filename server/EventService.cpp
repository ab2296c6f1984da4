#include "EventService.h"

#include "WorkspaceService.h"

namespace billing::server {

EventService::EventService(EventStore &events, WorkspaceService &workspaces)
    : m_events(events)
    , m_workspaces(workspaces)
{}

EventPage EventService::pageOf(QList<StoredEvent> rows, int limit, qint64 total)
{
    EventPage page;
    page.total = total;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextSeq = rows.constLast().seq;
    }
    page.items = std::move(rows);
    return page;
}

Outcome<EventPage> EventService::history(const Account &account, const QString &workspaceId,
                                         qint64 beforeSeq, int limit)
{
    const Outcome<Workspace> workspace = m_workspaces.get(account, workspaceId);
    if (!workspace.ok())
        return workspace.error();
    return pageOf(m_events.history(workspaceId, beforeSeq, limit + 1), limit,
                  m_events.countHistory(workspaceId));
}

EventPage EventService::audit(const Account &account, const AuditFilter &filter, qint64 beforeSeq,
                              int limit)
{
    m_workspaces.sweepLocks();
    return pageOf(m_events.audit(account.id, filter, beforeSeq, limit + 1), limit,
                  m_events.countAudit(account.id, filter));
}

} // namespace billing::server
