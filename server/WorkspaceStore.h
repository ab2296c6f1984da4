#pragma once

#include "StoredWorkspace.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace billing::server {

struct WorkspaceFilter {
    std::optional<QString> site;
    std::optional<SettlementMethod> method;
    std::optional<WorkspaceStatus> status;
    QString nameFolded; // case-folded substring of the name; empty matches all
};

// Workspace rows; listing is keyset-paged by creation order (seq).
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore() = default;

    virtual void insert(StoredWorkspace &workspace) = 0; // sets workspace.seq
    // Writes the columns in which `workspace` differs from `before` (the row as read), so
    // that the indexes on unchanged columns are not rewritten.
    virtual void update(const StoredWorkspace &workspace, const StoredWorkspace &before) = 0;
    virtual std::optional<StoredWorkspace> findById(const QString &id) = 0;
    // The rows of those ids that exist, in no particular order (one query for a batch).
    virtual QList<StoredWorkspace> findByIds(const QStringList &ids) = 0;
    // In creation order, after `afterSeq` (0 = from the start).
    virtual QList<StoredWorkspace> list(const QString &accountId, const WorkspaceFilter &filter,
                                        qint64 afterSeq, int limit) = 0;
    virtual qint64 count(const QString &accountId, const WorkspaceFilter &filter) = 0;
    // Changed (inserted or updated) after the sync clock's `afterChangeSeq`, in the order of
    // their last change.
    virtual QList<StoredWorkspace> changedSince(const QString &accountId, qint64 afterChangeSeq,
                                                int limit) = 0;
    virtual qint64 countChangedSince(const QString &accountId, qint64 afterChangeSeq) = 0;
    // The sync clock: its epoch (which database) and its value now.
    virtual QPair<QString, qint64> syncClock() = 0;
    virtual QList<StoredWorkspace> boundTo(const QString &instanceId) = 0;
    // Workspaces bound to the instance, of one account (or all when accountId is empty).
    virtual qint64 countBoundTo(const QString &instanceId, const QString &accountId) = 0;

    // lock_pending rows whose lockAt has passed, in creation order.
    virtual QList<StoredWorkspace> dueLocks(const QDateTime &now) = 0;
};

} // namespace billing::server
