#include "EventService.h"

#include "WorkspaceService.h"

namespace billing::server {

EventService::EventService(EventStore &events, WorkspaceService &workspaces)
    : m_events(events)
    , m_workspaces(workspaces)
{}

Outcome<EventPage> EventService::history(const Account &account, const QString &workspaceId,
                                         qint64 beforeSeq, int limit)
{
    const Outcome<Workspace> workspace = m_workspaces.get(account, workspaceId);
    if (!workspace.ok())
        return workspace.error();
    AuditFilter ofWorkspace;
    ofWorkspace.workspaceId = workspaceId;
    return page(account, ofWorkspace, beforeSeq, limit);
}

EventPage EventService::audit(const Account &account, const AuditFilter &filter, qint64 beforeSeq,
                              int limit)
{
    return page(account, filter, beforeSeq, limit);
}

EventPage EventService::page(const Account &account, const AuditFilter &filter, qint64 beforeSeq,
                             int limit)
{
    QList<StoredEvent> rows = m_events.audit(account.id, filter, beforeSeq, limit + 1);
    EventPage page;
    page.total = m_events.countAudit(account.id, filter);
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextSeq = rows.constLast().seq;
    }
    page.items = std::move(rows);
    return page;
}

} // namespace billing::server
