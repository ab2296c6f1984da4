#include "WorkspaceHistory.h"

namespace billing {

WorkspaceHistory::WorkspaceHistory(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_loader(client, this)
{}

void WorkspaceHistory::select(const QString &workspaceId)
{
    if (workspaceId.isEmpty()) {
        clear();
        return;
    }
    if (workspaceId == m_workspaceId && m_loader.state() != EventLoader::State::Idle)
        return;
    m_workspaceId = workspaceId;
    m_loader.clear(); // another workspace's events must not stand for this one's
    m_loader.loadHistory(workspaceId);
}

void WorkspaceHistory::clear()
{
    m_workspaceId.clear();
    m_loader.clear();
}

void WorkspaceHistory::refresh()
{
    if (!m_workspaceId.isEmpty())
        m_loader.loadHistory(m_workspaceId, EventLoader::Timing::Now);
}

} // namespace billing
