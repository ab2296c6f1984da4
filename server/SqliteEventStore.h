#pragma once

#include "EventStore.h"
#include "SqlStatement.h"

#include <QHash>

#include <memory>

namespace billing::server {

// One prepared statement per query and per filter shape of the audit log.
class SqliteEventStore : public EventStore
{
public:
    explicit SqliteEventStore(const QSqlDatabase &db);
    ~SqliteEventStore() override;

    void append(StoredEvent &event) override;
    QList<StoredEvent> history(const QString &workspaceId, qint64 beforeSeq, int limit) override;
    qint64 countHistory(const QString &workspaceId) override;
    QList<StoredEvent> audit(const QString &accountId, const AuditFilter &filter, qint64 beforeSeq,
                             int limit) override;
    qint64 countAudit(const QString &accountId, const AuditFilter &filter) override;

private:
    enum class Kind { List, Count };
    SqlStatement &filtered(Kind kind, const AuditFilter &filter);
    static int bindFilter(SqlStatement &statement, const QString &accountId,
                          const AuditFilter &filter);
    static StoredEvent readRow(const SqlStatement &row);
    static QList<StoredEvent> readRows(SqlStatement &statement);

    QSqlDatabase m_db;
    SqlStatement m_insert;
    SqlStatement m_history;
    SqlStatement m_countHistory;
    QHash<int, std::shared_ptr<SqlStatement>> m_filtered; // by kind and filter shape

    // Totals are asked for on every page; this process is the only writer, so a count stays
    // valid until the next event is appended.
    struct CachedCount {
        quint64 generation = 0;
        qint64 total = 0;
    };
    quint64 m_generation = 1;
    QHash<QString, CachedCount> m_counts;
};

} // namespace billing::server
