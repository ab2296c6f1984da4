#pragma once

#include "SqlStatement.h"

namespace billing::server {

// Keeps the workspace change log (migration 7) small. Only a workspace's latest entry is ever
// listed by a delta sync; an entry whose workspace changed again, or is gone, is deleted here.
// One window of the change clock per call, so a call stays short however long the log; the
// windows go round from the start once the end is reached.
class WorkspaceChangeLog
{
public:
    static constexpr qint64 kWindow = 100000;

    explicit WorkspaceChangeLog(const QSqlDatabase &db);

    // Deletes the superseded entries of the next window; returns how many.
    int pruneNextWindow();

private:
    SqlStatement m_prune;
    SqlStatement m_newest;
    qint64 m_after = 0;
};

} // namespace billing::server
