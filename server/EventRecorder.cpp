#include "EventRecorder.h"

#include "EventStore.h"

namespace billing::server {
namespace {
StoredEvent eventOf(const StoredWorkspace &workspace, const EventOrigin &origin, EventKind kind,
                    EventReason reason)
{
    StoredEvent stored;
    stored.accountId = workspace.accountId;
    SettlementEvent &event = stored.event;
    event.workspaceId = workspace.workspace.id;
    event.workspaceName = workspace.workspace.name;
    event.at = workspace.workspace.updatedAt;
    event.actor = origin.actor;
    event.event = kind;
    event.reason = reason;
    event.requestId = origin.requestId;
    return stored;
}

EventKind statusEvent(WorkspaceStatus status)
{
    switch (status) {
    case WorkspaceStatus::LockPending:
        return EventKind::LockPending;
    case WorkspaceStatus::Locked:
        return EventKind::Locked;
    case WorkspaceStatus::Active:
        break;
    }
    return EventKind::Unlocked;
}
} // namespace

EventRecorder::EventRecorder(EventStore &events)
    : m_events(events)
{}

void EventRecorder::created(StoredWorkspace &workspace, const EventOrigin &origin,
                            EventReason reason)
{
    StoredEvent stored = eventOf(workspace, origin, EventKind::Created, reason);
    stored.event.at = workspace.workspace.createdAt;
    stored.event.to = workspace.workspace.settlement;
    stored.event.toStatus = workspace.workspace.status;
    stored.event.lockAt = workspace.workspace.lockAt;
    stored.prevSeq = workspace.lastEventSeq;
    m_events.append(stored);
    workspace.lastEventSeq = stored.seq;
}

void EventRecorder::changed(const StoredWorkspace &before, StoredWorkspace &after,
                            const EventOrigin &origin, EventReason reason)
{
    const Workspace &old = before.workspace;
    const Workspace &now = after.workspace;
    const bool settlementChanged = !now.settlement.sameBindingAs(old.settlement);
    const bool statusChanged = now.status != old.status;
    if (!settlementChanged && !statusChanged)
        return;
    StoredEvent stored =
        eventOf(after, origin,
                settlementChanged ? EventKind::SettlementChanged : statusEvent(now.status), reason);
    SettlementEvent &event = stored.event;
    if (settlementChanged) {
        event.from = old.settlement;
        event.to = now.settlement;
    }
    if (statusChanged) {
        event.fromStatus = old.status;
        event.toStatus = now.status;
    }
    event.lockAt = now.lockAt;
    stored.prevSeq = before.lastEventSeq;
    m_events.append(stored);
    after.lastEventSeq = stored.seq;
}

} // namespace billing::server
