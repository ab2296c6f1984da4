#include "SettlementWatermark.h"

#include "BillingDay.h"

namespace billing::server {

SettlementWatermark::SettlementWatermark(const QSqlDatabase &db)
    : m_read(db,
             QStringLiteral("SELECT settled_through FROM settlement_watermark WHERE singleton = 1"))
    , m_readClaim(db, QStringLiteral("SELECT settled_through, claimed_through FROM "
                                     "settlement_watermark WHERE singleton = 1"))
    , m_claim(db, QStringLiteral("UPDATE settlement_watermark SET claimed_through = ?1 WHERE "
                                 "singleton = 1 AND (claimed_through IS NULL OR "
                                 "claimed_through < ?1)"))
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

QDate SettlementWatermark::claimedThrough()
{
    m_readClaim.exec();
    QDate settled, claimed;
    if (m_readClaim.next()) {
        settled = billingday::parse(m_readClaim.text(0)).value_or(QDate());
        claimed = billingday::parse(m_readClaim.text(1)).value_or(QDate());
    }
    m_readClaim.finish();
    return !claimed.isValid() || settled > claimed ? settled : claimed;
}

void SettlementWatermark::claim(const QDate &day)
{
    m_claim.bind(0, billingday::text(day)).exec();
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
