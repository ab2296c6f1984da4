#pragma once

#include "SettlementWatermark.h"
#include "SqlStatement.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace billing::server {

// GET /api/v1/bill-lines filters; an empty text filters nothing.
struct BillLineFilter {
    QDate month;             // its first day
    qint64 workspaceSeq = 0; // 0: every workspace; -1: a workspace that matches nothing
    QString item;
    QString payerMethod;
    std::optional<QString> payerInstance; // with payerMethod "aliyun": one instance
    QString status;
};

// Pages of an account's bill lines in (day, workspace creation order, item) order: the order
// they are written in, so a line's seq is the cursor. Only days up to the settlement watermark:
// the lines of a day being settled are written in chunks and are not a bill yet.
class BillLineQuery
{
public:
    explicit BillLineQuery(const QSqlDatabase &db);
    ~BillLineQuery();

    // {"items":[line…],"nextCursor","total"}.
    QByteArray page(const QString &accountId, const BillLineFilter &filter, qint64 afterSeq,
                    int limit);

private:
    SqlStatement &statement(int shape, bool count);
    int bindFilter(SqlStatement &statement, const QString &accountId, const BillLineFilter &filter,
                   int shape, const QString &lastDay);
    qint64 total(const QString &accountId, const BillLineFilter &filter, int shape,
                 const QString &lastDay);

    QSqlDatabase m_db;
    SqlStatement m_cursor;
    SettlementWatermark m_watermark;
    QHash<int, std::shared_ptr<SqlStatement>> m_statements;
};

} // namespace billing::server
