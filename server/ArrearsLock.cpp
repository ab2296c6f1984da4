#include "ArrearsLock.h"

#include "EventRecorder.h"
#include "WorkspaceStore.h"

namespace billing::server {
namespace {
constexpr int kPageSize = 1000;
}

ArrearsLock::ArrearsLock(WorkspaceStore &workspaces, EventRecorder &events)
    : m_workspaces(workspaces)
    , m_events(events)
{}

QList<StoredWorkspace> ArrearsLock::rowsOf(const QString &accountId, const WorkspaceFilter &filter)
{
    QList<StoredWorkspace> rows;
    qint64 afterSeq = 0;
    for (;;) {
        const QList<StoredWorkspace> page =
            m_workspaces.list(accountId, filter, afterSeq, kPageSize);
        rows.append(page);
        if (page.size() < kPageSize)
            return rows;
        afterSeq = page.constLast().seq;
    }
}

QList<StoredWorkspace> ArrearsLock::startCountdown(const QString &accountId, const QDateTime &now)
{
    WorkspaceFilter filter;
    filter.method = SettlementMethod::BillingCenter;
    filter.status = WorkspaceStatus::Active;
    QList<StoredWorkspace> changed = rowsOf(accountId, filter);
    const QDateTime lockAt = now.addDays(kCountdownDays);
    for (StoredWorkspace &row : changed) {
        const StoredWorkspace before = row;
        Workspace &ws = row.workspace;
        ws.status = WorkspaceStatus::LockPending;
        ws.lockAt = lockAt;
        ws.lockReason = LockReason::Arrears;
        ws.version += 1;
        ws.updatedAt = now;
        m_events.changed(before, row, EventOrigin::ofSystem(), EventReason::Arrears);
        m_workspaces.update(row, before);
    }
    return changed;
}

QList<StoredWorkspace> ArrearsLock::lift(const QString &accountId, const QDateTime &now)
{
    QList<StoredWorkspace> lifted;
    for (const WorkspaceStatus status : {WorkspaceStatus::LockPending, WorkspaceStatus::Locked}) {
        WorkspaceFilter filter;
        filter.status = status;
        for (StoredWorkspace &row : rowsOf(accountId, filter)) {
            if (row.workspace.lockReason != LockReason::Arrears)
                continue;
            const StoredWorkspace before = row;
            Workspace &ws = row.workspace;
            ws.status = WorkspaceStatus::Active;
            ws.lockAt = {};
            ws.lockReason = LockReason::None;
            ws.version += 1;
            ws.updatedAt = now;
            m_events.changed(before, row, EventOrigin::ofSystem(), EventReason::Recharged);
            m_workspaces.update(row, before);
            lifted.append(row);
        }
    }
    return lifted;
}

} // namespace billing::server
