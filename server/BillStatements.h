#pragma once

#include "SettlementWatermark.h"
#include "SqlStatement.h"

#include <BillingCatalogue.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace billing::server {

// The month's statement and its workspace totals, read from the aggregates the settlement
// writes with the lines (bill_day_totals, bill_workspace_months), never from the lines. Only
// days up to the settlement watermark count: a day being settled is not a bill yet.
class BillStatements
{
public:
    BillStatements(const QSqlDatabase &db, const BillingCatalogue &catalogue);

    // {"month","currency","total","byPayer","byItem","bySite","byDay","settledThrough"}.
    QJsonObject statement(const QString &accountId, Currency currency, const QDate &month);
    // A page of {"workspaceId","name","site","total","byItem"} in creation order, after
    // the workspace with seq `afterSeq`; the page JSON {items,nextCursor,total}.
    QByteArray workspaces(const QString &accountId, const QDate &month, qint64 afterSeq, int limit);

private:
    QJsonValue settledThrough(const QDate &month);
    // The month's last settled day ('' when none): the day being settled is written in
    // chunks, and its lines are in no total until the watermark passes it.
    QString lastSettledDay(const QDate &month);
    // The days of the month after the watermark that already have lines of the account.
    QStringList unsettledDays(const QString &accountId, const QDate &month,
                              const QString &lastSettled);
    // Takes the lines of the month's days after the watermark (a day being settled) out of a
    // page's workspace totals (bill_workspace_months has them: each chunk adds its own).
    void
    withoutUnsettled(const QString &accountId, const QDate &month, qint64 afterSeq, qint64 lastSeq,
                     const std::function<QMap<QString, qint64> *(qint64 workspaceSeq)> &itemsOf);
    qint64 workspaceCount(const QString &accountId, const QString &month);
    QString payerStatus(const QString &accountId, const QString &method, const QString &instanceId,
                        const QDate &month);

    const BillingCatalogue &m_catalogue;
    SettlementWatermark m_watermark;
    SqlStatement m_dayTotals;
    SqlStatement m_metering;
    SqlStatement m_failedLines;
    SqlStatement m_workspaceRows;
    SqlStatement m_workspaceCount;
    SqlStatement m_nextLineDay;
    SqlStatement m_unsettledLines;
    // The month's workspace count costs a scan of the month's totals; each page of the
    // 100 000-workspace table asks for it. Only the settlement thread writes those totals,
    // and SQLite's data_version changes when another connection commits. PostgreSQL has no
    // such counter (its statistics of commits lag behind them) and other processes settle
    // too: there the count is not cached (no statement).
    std::unique_ptr<SqlStatement> m_dataVersion;
    struct CachedCount {
        qint64 dataVersion = -1;
        qint64 count = 0;
    };
    QHash<QString, CachedCount> m_counts;
};

} // namespace billing::server
