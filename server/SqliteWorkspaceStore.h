#pragma once

#include "SqlStatement.h"
#include "WorkspaceStore.h"

#include <QHash>

#include <memory>
#include <optional>

namespace billing::server {

// One prepared statement per query (and per filter shape for listing).
class SqliteWorkspaceStore : public WorkspaceStore
{
public:
    explicit SqliteWorkspaceStore(const QSqlDatabase &db);
    ~SqliteWorkspaceStore() override;

    void insert(StoredWorkspace &workspace) override;
    void update(const StoredWorkspace &workspace, const StoredWorkspace &before) override;
    std::optional<StoredWorkspace> findById(const QString &id) override;
    QList<StoredWorkspace> findByIds(const QStringList &ids) override;
    QList<StoredWorkspace> list(const QString &accountId, const WorkspaceFilter &filter,
                                qint64 afterSeq, int limit) override;
    qint64 count(const QString &accountId, const WorkspaceFilter &filter) override;
    QList<StoredWorkspace> changedSince(const QString &accountId, qint64 afterChangeSeq,
                                        int limit) override;
    qint64 countChangedSince(const QString &accountId, qint64 afterChangeSeq) override;
    QPair<QString, qint64> syncClock() override;
    QList<StoredWorkspace> boundTo(const QString &instanceId) override;
    qint64 countBoundTo(const QString &instanceId, const QString &accountId) override;
    QList<StoredWorkspace> dueLocks(const QDateTime &now) override;

private:
    enum class Kind { List, Count };
    SqlStatement &filtered(Kind kind, const WorkspaceFilter &filter);
    int bindFilter(SqlStatement &statement, const QString &accountId,
                   const WorkspaceFilter &filter);
    SqlStatement &updateStatement(int changedColumns);
    static StoredWorkspace readRow(const SqlStatement &row);
    static QList<StoredWorkspace> readRows(SqlStatement &statement, int expected = 16);

    QSqlDatabase m_db;
    SqlStatement m_insert;
    SqlStatement m_byId;
    SqlStatement m_byIds;
    SqlStatement m_boundTo;
    SqlStatement m_countBound;
    SqlStatement m_countBoundAll;
    SqlStatement m_dueLocks;
    SqlStatement m_changedSince;
    SqlStatement m_countChangedSince;
    SqlStatement m_syncClock;
    std::optional<SqlStatement> m_tickSyncClock;          // SQLite only (SqlDialect::ticksClockRow)
    QHash<int, std::shared_ptr<SqlStatement>> m_filtered; // by kind and filter shape
    QHash<int, std::shared_ptr<SqlStatement>> m_updates;  // by the indexed columns written

    // Totals are asked for on every page; this process is the only writer, so a count stays
    // valid until the next write to the table.
    struct CachedCount {
        quint64 generation = 0;
        qint64 total = 0;
    };
    void touched() { ++m_generation; }
    quint64 m_generation = 1;
    QHash<QString, CachedCount> m_counts;
};

} // namespace billing::server
