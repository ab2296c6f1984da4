#include "BillLineQuery.h"

#include "BillText.h"
#include "BillingDay.h"
#include "Paging.h"

#include <ExactDecimal.h>

#include <QJsonArray>

namespace billing::server {
namespace {
enum ShapeBits {
    WorkspaceBit = 1,
    ItemBit = 2,
    PayerBit = 4,
    InstanceBit = 8,
    StatusBit = 16,
    CursorBit = 32,
    CountBit = 64,
    FromTotalsBit = 128,
};

int shapeOf(const BillLineFilter &filter, bool cursor)
{
    return (filter.workspaceSeq != 0 ? WorkspaceBit : 0) | (filter.item.isEmpty() ? 0 : ItemBit)
           | (filter.payerMethod.isEmpty() ? 0 : PayerBit)
           | (filter.payerInstance ? InstanceBit : 0) | (filter.status.isEmpty() ? 0 : StatusBit)
           | (cursor ? CursorBit : 0);
}

const QString kLineColumns = QStringLiteral(
    "l.seq, l.day, l.workspace_id, l.workspace_name, l.site, l.item, l.quantity_e4, l.unit, "
    "l.unit_price_micros, l.currency, l.amount_cents, l.payer_method, l.payer_instance, "
    "l.status, m.last_error");

QJsonObject lineJson(const SqlStatement &row)
{
    QJsonObject line{{QStringLiteral("id"),
                      QString(QStringLiteral("bl_") + QString::number(row.integer(0), 16))},
                     {QStringLiteral("day"), row.text(1)},
                     {QStringLiteral("workspaceId"), row.text(2)},
                     {QStringLiteral("workspaceName"), row.text(3)},
                     {QStringLiteral("site"), row.text(4)},
                     {QStringLiteral("item"), row.text(5)},
                     {QStringLiteral("quantity"), billtext::quantity(row.integer(6))},
                     {QStringLiteral("unit"), QJsonValue(row.integer(7))},
                     {QStringLiteral("unitPrice"), billtext::unitPrice(row.integer(8))},
                     {QStringLiteral("currency"), row.text(9)},
                     {QStringLiteral("amount"), money::amountText(row.integer(10))},
                     {QStringLiteral("payer"), billtext::payer(row.text(11), row.text(12))},
                     {QStringLiteral("status"), row.text(13)}};
    const QString pushError = row.text(14);
    if (!pushError.isEmpty())
        line.insert(QStringLiteral("pushError"), pushError);
    return line;
}
} // namespace

BillLineQuery::BillLineQuery(const QSqlDatabase &db)
    : m_db(db)
    , m_cursor(db, QStringLiteral("SELECT day, workspace_seq, item FROM bill_lines "
                                  "WHERE seq = ? AND account_id = ?"))
    , m_watermark(db)
{}

BillLineQuery::~BillLineQuery() = default;

SqlStatement &BillLineQuery::statement(int shape, bool count)
{
    const int key = shape | (count ? CountBit : 0);
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return **it;
    const bool fromTotals = shape & FromTotalsBit;
    QString sql;
    if (fromTotals)
        sql = QStringLiteral("SELECT coalesce(sum(lines), 0) FROM bill_day_totals l");
    else if (count)
        sql = QStringLiteral("SELECT count(*) FROM bill_lines l");
    else
        sql = QStringLiteral("SELECT ") + kLineColumns
              + QStringLiteral(" FROM bill_lines l LEFT JOIN metering_records m "
                               "ON l.payer_instance <> '' AND m.instance_id = l.payer_instance "
                               "AND m.day = l.day");
    // With a cursor the month's first day is left out: the cursor's row value is then the
    // start of the index range, so a deep page does not scan the pages before it.
    sql += QStringLiteral(" WHERE l.account_id = ?");
    if (!(shape & CursorBit))
        sql += QStringLiteral(" AND l.day >= ?");
    sql += QStringLiteral(" AND l.day <= ?");
    if (shape & WorkspaceBit)
        sql += QStringLiteral(" AND l.workspace_seq = ?");
    if (shape & ItemBit)
        sql += QStringLiteral(" AND l.item = ?");
    if (shape & PayerBit)
        sql += QStringLiteral(" AND l.payer_method = ?");
    if (shape & InstanceBit)
        sql += QStringLiteral(" AND l.payer_instance = ?");
    if (shape & StatusBit)
        sql += QStringLiteral(" AND l.status = ?");
    if (shape & CursorBit)
        sql += QStringLiteral(" AND (l.day, l.workspace_seq, l.item) > (?, ?, ?)");
    if (!count)
        sql += QStringLiteral(" ORDER BY l.day, l.workspace_seq, l.item LIMIT ?");
    auto created = std::make_shared<SqlStatement>(m_db, sql);
    m_statements.insert(key, created);
    return *created;
}

int BillLineQuery::bindFilter(SqlStatement &statement, const QString &accountId,
                              const BillLineFilter &filter, int shape, const QString &lastDay)
{
    int position = 0;
    statement.bind(position++, accountId);
    if (!(shape & CursorBit))
        statement.bind(position++, billingday::text(filter.month));
    statement.bind(position++, lastDay);
    if (shape & WorkspaceBit)
        statement.bind(position++, filter.workspaceSeq);
    if (shape & ItemBit)
        statement.bind(position++, filter.item);
    if (shape & PayerBit)
        statement.bind(position++, filter.payerMethod);
    if (shape & InstanceBit)
        statement.bind(position++, *filter.payerInstance);
    if (shape & StatusBit)
        statement.bind(position++, filter.status);
    return position;
}

qint64 BillLineQuery::total(const QString &accountId, const BillLineFilter &filter, int shape,
                            const QString &lastDay)
{
    shape &= ~CursorBit;
    // The day totals count lines by payer, site and item: no line scan unless a filter on
    // workspace or status needs one.
    if (!(shape & (WorkspaceBit | StatusBit)))
        shape |= FromTotalsBit;
    SqlStatement &count = statement(shape, true);
    bindFilter(count, accountId, filter, shape, lastDay);
    count.exec();
    const qint64 result = count.next() ? count.integer(0) : 0;
    count.finish();
    return result;
}

QByteArray BillLineQuery::page(const QString &accountId, const BillLineFilter &filter,
                               qint64 afterSeq, int limit)
{
    QVariantList after;
    if (afterSeq > 0) {
        m_cursor.bind(0, afterSeq).bind(1, accountId).exec();
        // A cursor of another month starts this one from its beginning.
        if (m_cursor.next() && m_cursor.text(0) >= billingday::text(filter.month))
            after = {m_cursor.text(0), m_cursor.integer(1), m_cursor.text(2)};
        m_cursor.finish();
    }
    // Empty (before every day) when nothing is settled yet.
    const QDate watermark = m_watermark.settledThrough();
    const QString lastDay =
        watermark.isValid()
            ? billingday::text(std::min(watermark, filter.month.addMonths(1).addDays(-1)))
            : QString();
    const int shape = shapeOf(filter, !after.isEmpty());
    SqlStatement &rows = statement(shape, false);
    int position = bindFilter(rows, accountId, filter, shape, lastDay);
    for (const QVariant &value : std::as_const(after))
        rows.bind(position++, value);
    rows.bind(position, limit + 1);
    rows.exec();
    QJsonArray items;
    qint64 lastSeq = 0;
    bool more = false;
    while (rows.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        lastSeq = rows.integer(0);
        items.append(lineJson(rows));
    }
    rows.finish();
    return pageJson(items, more ? lastSeq : 0, total(accountId, filter, shape, lastDay));
}

} // namespace billing::server
