#include "SettlementWatermark.h"

#include "BillingDay.h"

namespace billing::server {

SettlementWatermark::SettlementWatermark(const QSqlDatabase &db)
    : m_read(db,
             QStringLiteral("SELECT settled_through FROM settlement_watermark WHERE singleton = 1"))
    , m_write(db, QStringLiteral(
                      "INSERT INTO settlement_watermark (singleton, settled_through) VALUES (1, ?) "
                      "ON CONFLICT (singleton) DO UPDATE SET settled_through = "
                      "excluded.settled_through WHERE excluded.settled_through > "
                      "settlement_watermark.settled_through"))
    , m_initialise(db, QStringLiteral("INSERT INTO settlement_watermark "
                                      "(singleton, settled_through) VALUES (1, ?) "
                                      "ON CONFLICT DO NOTHING"))
{}

QDate SettlementWatermark::settledThrough()
{
    m_read.exec();
    QDate day;
    if (m_read.next())
        day = billingday::parse(m_read.text(0)).value_or(QDate());
    m_read.finish();
    return day;
}

void SettlementWatermark::initialise(const QDate &day)
{
    m_initialise.bind(0, billingday::text(day)).exec();
}

void SettlementWatermark::advance(const QDate &day)
{
    m_write.bind(0, billingday::text(day)).exec();
}

} // namespace billing::server
