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
    // Sets it when there is none yet.
    void initialise(const QDate &day);
    // Moves it forward to `day` (never back).
    void advance(const QDate &day);

private:
    SqlStatement m_read;
    SqlStatement m_write;
    SqlStatement m_initialise;
};

} // namespace billing::server
