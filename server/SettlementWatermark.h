#pragma once

#include "SqlStatement.h"

#include <QDate>
#include <QSqlDatabase>

namespace billing::server {

// settlement_watermark: every billing day up to and including settledThrough() is settled
// for every account. A fresh database starts at the day before the first start (there is
// nothing older to settle).
class SettlementWatermark
{
public:
    explicit SettlementWatermark(const QSqlDatabase &db);

    QDate settledThrough(); // invalid when never set
    // The last day a settlement run has begun to settle (its usage is closed), or
    // settledThrough() when that is later; invalid when neither is set.
    QDate claimedThrough();
    // Records that a run settles every day through `day` (never moves back).
    void claim(const QDate &day);
    // Sets it when there is none yet.
    void initialise(const QDate &day);
    // Moves it forward to `day` (never back).
    void advance(const QDate &day);

private:
    SqlStatement m_read;
    SqlStatement m_readClaim;
    SqlStatement m_claim;
    SqlStatement m_write;
    SqlStatement m_initialise;
};

} // namespace billing::server
