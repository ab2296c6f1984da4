#pragma once

#include "SqlStatement.h"

#include <QJsonArray>

namespace billing::server {

// What one sandbox market's metering API accepted (table market_usage, one row a record
// under the market's own key, so that a record sent again is a duplicate). The market
// checks the records; this only keeps and lists them.
class MarketUsage
{
public:
    MarketUsage(const QSqlDatabase &db, const QString &marketplace);

    // False when a record with this key was kept before (nothing is written then).
    bool keep(const QString &key, const QString &instanceId, const QByteArray &record,
              const QDateTime &acceptedAt);
    // The records kept, oldest first, each with "acceptedAt"; `instanceId` may be empty.
    QJsonArray accepted(const QString &instanceId);

private:
    QString m_marketplace;
    SqlStatement m_insert;
    SqlStatement m_list;
};

} // namespace billing::server
