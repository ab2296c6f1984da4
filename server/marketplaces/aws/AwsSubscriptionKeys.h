#pragma once

#include "SqlStatement.h"

#include <QString>

#include <optional>

namespace billing::server {

// How AWS names a subscription: CustomerIdentifier + ProductCode. The stored key
// (instances.order_biz_id) is `aws:<CustomerIdentifier>:<ProductCode>`; a buyer who subscribes
// again after unsubscribe-success gets a new subscription, keyed with its id appended.
class AwsSubscriptionKeys
{
public:
    explicit AwsSubscriptionKeys(const QSqlDatabase &db);

    static QString key(const QString &customerIdentifier, const QString &productCode);
    // The newest subscription of the customer to the product.
    std::optional<QString> newest(const QString &customerIdentifier, const QString &productCode);

private:
    SqlStatement m_newest;
};

} // namespace billing::server
