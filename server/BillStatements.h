#pragma once

#include "SettlementWatermark.h"
#include "SqlStatement.h"

#include <BillingCatalogue.h>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace billing::server {

// The month's statement and its workspace totals, read from the aggregates the settlement
// writes with the lines (bill_day_totals, bill_workspace_months), never from the lines.
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
    QString payerStatus(const QString &accountId, const QString &method, const QString &instanceId,
                        const QDate &month);

    const BillingCatalogue &m_catalogue;
    SettlementWatermark m_watermark;
    SqlStatement m_dayTotals;
    SqlStatement m_metering;
    SqlStatement m_workspaceRows;
    SqlStatement m_workspaceCount;
};

} // namespace billing::server
