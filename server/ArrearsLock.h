#pragma once

#include "WorkspaceStore.h"

#include <QDateTime>
#include <QList>

namespace billing::server {

class EventRecorder;

// The workspaces' side of arrears (billing.md, "Arrears lock"): the 14-day countdown of an
// account's active billing_center workspaces, and its end when a recharge pays the arrears.
// Each change with its history event (actor system), in the caller's transaction.
class ArrearsLock
{
public:
    static constexpr int kCountdownDays = 14;

    ArrearsLock(WorkspaceStore &workspaces, EventRecorder &events);

    // Active billing_center workspaces become lock_pending for arrears, locking at
    // now + 14 days. Returns those changed (as they are now).
    QList<StoredWorkspace> startCountdown(const QString &accountId, const QDateTime &now);
    // lock_pending or locked for arrears → active (event `unlocked`, reason recharged).
    QList<StoredWorkspace> lift(const QString &accountId, const QDateTime &now);

private:
    QList<StoredWorkspace> rowsOf(const QString &accountId, const WorkspaceFilter &filter);

    WorkspaceStore &m_workspaces;
    EventRecorder &m_events;
};

} // namespace billing::server
