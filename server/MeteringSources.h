#pragma once

#include "SqlStatement.h"

#include <QDate>
#include <QList>
#include <QString>

namespace billing::server {

// What the metering builder reads: settled days, marketplace instances and the bill lines
// each instance paid (tables the settlement engine and the marketplace own).
class MeteringSources
{
public:
    explicit MeteringSources(const QSqlDatabase &db);

    struct Instance {
        QString id;
        QDateTime releasedAt; // invalid unless released
    };
    QList<Instance> instances();

    struct ItemQuantity {
        QString item;
        qint64 quantityE4 = 0;
    };
    // The instance's lines of the day summed per item (by item code), and the account of its
    // first line (empty when it paid for nothing that day).
    QList<ItemQuantity> paidQuantities(const QString &instanceId, const QDate &day,
                                       QString *accountId);
    // Wholly settled days (up to the settlement watermark) from `from` on (every one when it
    // is null), in order.
    QList<QDate> settledDaysFrom(const QDate &from);

    // The account of an instance's first line of a day (instance, day): read from the index
    // bill_lines_instance (schema 11), which tst_postgres_statements checks on PostgreSQL.
    static const QString kFirstLineAccount;

private:
    SqlStatement m_instances;
    SqlStatement m_quantities;
    SqlStatement m_firstAccount;
    SqlStatement m_settledDays;
};

} // namespace billing::server
