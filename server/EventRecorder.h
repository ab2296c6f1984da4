#pragma once

#include "StoredWorkspace.h"

#include <SettlementEvent.h>

namespace billing::server {

class EventStore;

// Who caused a change and through which request.
struct EventOrigin {
    EventActor actor;
    QString requestId; // the request's Idempotency-Key, or a fresh id; empty for callbacks

    static EventOrigin ofUser(const QString &username, const QString &requestId)
    {
        return {EventActor::user(username), requestId};
    }
    static EventOrigin ofMarketplace(const QString &code)
    {
        return {EventActor::ofMarketplace(code), {}};
    }
    static EventOrigin ofSystem() { return {EventActor::system(), {}}; }
};

// Turns a workspace's row before and after a change into its history event, written through
// the caller's transaction (the caller holds it open around the change). An event's time is
// the row's updatedAt (createdAt for `created`).
class EventRecorder
{
public:
    explicit EventRecorder(EventStore &events);

    // Each sets the row's lastEventSeq to the event written: record before the row is
    // inserted or updated.
    void created(StoredWorkspace &workspace, const EventOrigin &origin,
                 EventReason reason = EventReason::UserChange);
    // A change of settlement is `settlement_changed` (with the statuses when they changed
    // too); otherwise a change of status is `lock_pending`, `locked` or `unlocked`. A row
    // where neither changed records nothing.
    void changed(const StoredWorkspace &before, StoredWorkspace &after, const EventOrigin &origin,
                 EventReason reason);

private:
    EventStore &m_events;
};

} // namespace billing::server
