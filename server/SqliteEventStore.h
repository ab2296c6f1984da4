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
    QList<StoredEvent> audit(const QString &accountId, const AuditFilter &filter, qint64 beforeSeq,
                             int limit) override;
    qint64 countAudit(const QString &accountId, const AuditFilter &filter) override;

private:
    enum class Kind { List, Count };
    SqlStatement &filtered(Kind kind, const AuditFilter &filter);
    static int bindFilter(SqlStatement &statement, const QString &accountId,
                          const AuditFilter &filter);
    // Binds the page's start (after the event `beforeSeq`; 0: the newest) and its limit.
    void bindBefore(SqlStatement &statement, int position, qint64 beforeSeq, int limit);
    static StoredEvent readRow(const SqlStatement &row);
    static QList<StoredEvent> readRows(SqlStatement &statement);

    QSqlDatabase m_db;
    SqlStatement m_insert;
    SqlStatement m_atOf;
    QHash<int, std::shared_ptr<SqlStatement>> m_filtered; // by kind and filter shape

    // Totals are asked for on every page, and counting two million events takes ≈ 100 ms.
    // This process is the only writer and the log is append-only, so a total, once counted,
    // is kept exact by adding each appended event it matches.
    struct CachedCount {
        AuditFilter filter; // its times in whole seconds, as stored
        qint64 total = 0;
    };
    static constexpr int kCountsPerAccount = 32;
    QHash<QString, QList<CachedCount>> m_counts; // by account
};

} // namespace billing::server
