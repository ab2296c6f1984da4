#pragma once

#include "MeteringRecord.h"
#include "SqlStatement.h"

#include <SettlementMethod.h>

namespace billing::server {

// The metering_records table, and the status its records mirror onto their bill lines.
class SqliteMeteringRecords
{
public:
    explicit SqliteMeteringRecords(const QSqlDatabase &db);

    // A new record, or, while it is still pending, the same (instance, day) with its entities
    // recomputed; a record already pushed or failed is left as it is.
    void upsert(const MeteringRecord &record);
    // Pending records with next_attempt_at <= now, soonest first.
    // Due records of `marketplace`'s subscriptions.
    QList<MeteringRecord> due(const QDateTime &now, int limit,
                              SettlementMethod marketplace = SettlementMethod::Aliyun);
    void markPushed(const MeteringRecord &record, const QDateTime &at);
    void markRetry(const MeteringRecord &record, const QString &error, const QDateTime &next);
    void markFailed(const MeteringRecord &record, const QString &error);
    // Sets the bill lines an instance paid on a day to `status` (pending_push, pushed,
    // push_failed), so the bill shows where its marketplace lines stand.
    void mirrorOntoBillLines(const QString &instanceId, const QDate &day, MeteringStatus status);
    // The latest day with a record, null when there is none.
    QDate latestDay();

    // An account's records (those of instances that paid for its workspaces), by seq.
    struct Filter {
        QString accountId;
        QString instanceId; // empty: every instance
        QString month;      // "2026-11", empty: every month
    };
    QList<MeteringRecord> list(const Filter &filter, qint64 afterSeq, int limit);
    qint64 count(const Filter &filter);

private:
    static QList<MeteringRecord> readAll(SqlStatement &statement);
    static void bindFilter(SqlStatement &statement, const Filter &filter);

    SqlStatement m_upsert;
    SqlStatement m_due;
    SqlStatement m_pushed;
    SqlStatement m_retry;
    SqlStatement m_failed;
    SqlStatement m_mirror;
    SqlStatement m_latestDay;
    SqlStatement m_list;
    SqlStatement m_count;
};

} // namespace billing::server
