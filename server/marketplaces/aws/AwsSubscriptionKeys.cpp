#include "AwsSubscriptionKeys.h"

#include "SqlStatement.h"

namespace billing::server {
namespace {
// Subscriptions created in the same second, newest first. SQLite: the order inserted (rowid).
// PostgreSQL's instances have no such column: a new subscription is only created once the
// newest is released (released is final), so the live one comes first, then the one released
// last, then one created after a release (its order_biz_id has the id appended). Only three
// or more created and released within one second can still tie there.
QString sameSecondOrder(const QSqlDatabase &db)
{
    return SqlStatement::isPostgres(db)
               ? QStringLiteral("(status <> 'released') DESC, updated_at DESC, "
                                "length(order_biz_id) DESC")
               : QStringLiteral("rowid DESC");
}
} // namespace

AwsSubscriptionKeys::AwsSubscriptionKeys(const QSqlDatabase &db)
    : m_newest(db, QStringLiteral("SELECT instance_id FROM instances WHERE marketplace = 'aws' "
                                  "AND ali_uid = ? AND product_code = ? ORDER BY created_at DESC, ")
                       + sameSecondOrder(db) + QStringLiteral(" LIMIT 1"))
{}

QString AwsSubscriptionKeys::key(const QString &customerIdentifier, const QString &productCode)
{
    return QStringLiteral("aws:%1:%2").arg(customerIdentifier, productCode);
}

std::optional<QString> AwsSubscriptionKeys::newest(const QString &customerIdentifier,
                                                   const QString &productCode)
{
    m_newest.bind(0, customerIdentifier).bind(1, productCode).exec();
    std::optional<QString> id;
    if (m_newest.next())
        id = m_newest.text(0);
    m_newest.finish();
    return id;
}

} // namespace billing::server
