#include "AwsSubscriptionKeys.h"

namespace billing::server {

AwsSubscriptionKeys::AwsSubscriptionKeys(const QSqlDatabase &db)
    : m_newest(db, QStringLiteral("SELECT instance_id FROM instances WHERE marketplace = 'aws' "
                                  "AND ali_uid = ? AND product_code = ? "
                                  "ORDER BY created_at DESC, rowid DESC LIMIT 1"))
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
