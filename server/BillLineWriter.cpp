#include "BillLineWriter.h"

namespace billing::server {
namespace {
QString insertOf(int rows)
{
    const QString row =
        u'(' + QStringList(BillLineWriter::kColumns, QStringLiteral("?")).join(u", ") + u')';
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << row;
    return QStringLiteral("INSERT INTO bill_lines (account_id, day, workspace_seq, workspace_id, "
                          "workspace_name, site, item, quantity_e4, unit, unit_price_micros, "
                          "currency, amount_cents, payer_method, payer_instance, status) VALUES ")
           + values.join(QStringLiteral(", "));
}
} // namespace

BillLineWriter::BillLineWriter(const QSqlDatabase &db)
    : m_batch(db, insertOf(kRowsPerStatement))
    , m_single(db, insertOf(1))
{
    m_pending.reserve(kRowsPerStatement);
}

void BillLineWriter::add(const Line &line)
{
    m_pending.append(line);
    if (m_pending.size() < kRowsPerStatement)
        return;
    for (int row = 0; row < kRowsPerStatement; ++row)
        bindLine(m_batch, row, m_pending.at(row));
    m_batch.exec();
    m_pending.clear();
}

void BillLineWriter::flush()
{
    for (const Line &line : std::as_const(m_pending)) {
        bindLine(m_single, 0, line);
        m_single.exec();
    }
    m_pending.clear();
}

void BillLineWriter::bindLine(SqlStatement &statement, int row, const Line &line)
{
    const int first = row * kColumns;
    statement.bind(first, line.accountId)
        .bind(first + 1, line.day)
        .bind(first + 2, line.workspaceSeq)
        .bind(first + 3, line.workspaceId)
        .bind(first + 4, line.workspaceName)
        .bind(first + 5, line.site)
        .bind(first + 6, line.item)
        .bind(first + 7, line.quantityE4)
        .bind(first + 8, line.unit)
        .bind(first + 9, line.unitPriceMicros)
        .bind(first + 10, line.currency)
        .bind(first + 11, line.amountCents)
        .bind(first + 12, line.payerMethod)
        .bind(first + 13, line.payerInstance)
        .bind(first + 14, line.status);
}

} // namespace billing::server
