#include "MeteringSources.h"

namespace billing::server {

const QString MeteringSources::kFirstLineAccount =
    QStringLiteral("SELECT account_id FROM bill_lines WHERE payer_instance = ? AND "
                   "payer_instance <> '' AND day = ? AND payer_method <> 'billing_center' "
                   "ORDER BY seq LIMIT 1");

MeteringSources::MeteringSources(const QSqlDatabase &db)
    : m_instances(db, QStringLiteral("SELECT instance_id, status, updated_at FROM instances "
                                     "ORDER BY instance_id"))
    , m_quantities(db, QStringLiteral("SELECT item, sum(quantity_e4) FROM bill_lines "
                                      "WHERE payer_instance = ? AND payer_instance <> '' "
                                      "AND day = ? AND payer_method <> 'billing_center' "
                                      "GROUP BY item ORDER BY item"))
    , m_firstAccount(db, kFirstLineAccount)
    // Only whole days: the watermark reaches a day once every account's part of it is settled,
    // so a day a crash left half settled is built when the restart finishes it (daySettled).
    , m_settledDays(db, QStringLiteral("SELECT DISTINCT day FROM settled_days WHERE day >= ? "
                                       "AND day <= (SELECT settled_through FROM "
                                       "settlement_watermark) ORDER BY day"))
{}

QList<MeteringSources::Instance> MeteringSources::instances()
{
    m_instances.exec();
    QList<Instance> found;
    while (m_instances.next()) {
        Instance instance{m_instances.text(0), {}};
        // Release is final and the instance is not touched after it: updated_at is its time.
        if (m_instances.text(1) == u"released")
            instance.releasedAt = m_instances.time(2);
        found.append(instance);
    }
    m_instances.finish();
    return found;
}

QList<MeteringSources::ItemQuantity>
MeteringSources::paidQuantities(const QString &instanceId, const QDate &day, QString *accountId)
{
    const QString dayText = day.toString(Qt::ISODate);
    m_firstAccount.bind(0, instanceId).bind(1, dayText).exec();
    *accountId = m_firstAccount.next() ? m_firstAccount.text(0) : QString();
    m_firstAccount.finish();
    if (accountId->isEmpty())
        return {};
    m_quantities.bind(0, instanceId).bind(1, dayText).exec();
    QList<ItemQuantity> quantities;
    while (m_quantities.next())
        quantities.append({m_quantities.text(0), m_quantities.integer(1)});
    m_quantities.finish();
    return quantities;
}

QList<QDate> MeteringSources::settledDaysFrom(const QDate &from)
{
    m_settledDays.bind(0, from.isValid() ? from.toString(Qt::ISODate) : QString()).exec();
    QList<QDate> days;
    while (m_settledDays.next())
        days.append(QDate::fromString(m_settledDays.text(0), Qt::ISODate));
    m_settledDays.finish();
    return days;
}

} // namespace billing::server
