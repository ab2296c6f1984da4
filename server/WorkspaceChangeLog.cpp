#include "WorkspaceChangeLog.h"

namespace billing::server {

WorkspaceChangeLog::WorkspaceChangeLog(const QSqlDatabase &db)
    : m_prune(
        db, QStringLiteral("DELETE FROM workspace_changes WHERE change_seq > ? AND change_seq <= ? "
                           "AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.seq = "
                           "workspace_changes.workspace_seq AND w.change_seq = "
                           "workspace_changes.change_seq)"))
    , m_newest(db, QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM workspace_changes"))
{}

int WorkspaceChangeLog::pruneNextWindow()
{
    const qint64 until = m_after + kWindow;
    m_prune.bind(0, m_after).bind(1, until).exec();
    const int pruned = m_prune.rowsAffected();
    m_newest.exec();
    const qint64 newest = m_newest.next() ? m_newest.integer(0) : 0;
    m_newest.finish();
    m_after = until < newest ? until : 0;
    return pruned;
}

} // namespace billing::server
