#pragma once

#include "BillLineRating.h"
#include "DayEndSettlement.h"
#include "SqlStatement.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace billing::server {

class SqliteDatabase;
class WalletCharging;

// Settles one account's billing day in one transaction on the engine's connection: rates
// each (workspace, item) with a quantity into a bill line, adds the lines into the day and
// month aggregates, records the day in settled_days and has the wallet charge the
// billing_center lines. A day already in settled_days is left alone, so running it again
// (after a crash, say) bills nothing twice.
class AccountDaySettler
{
public:
    AccountDaySettler(SqliteDatabase &db, const BillingCatalogue &catalogue,
                      WalletCharging *wallet);

    struct Result {
        bool settled = false; // false: it was settled before
        qint64 chargedCents = 0;
        int lines = 0;
    };
    Result settle(const QString &accountId, const QString &registrationSite, const QDate &day,
                  const QDateTime &at);

private:
    struct DayTotal {
        qint64 amountCents = 0;
        qint64 quantityE4 = 0;
        int lines = 0;
    };
    void writeDayTotals(const QString &accountId, const QString &day,
                        const QHash<QString, DayTotal> &totals);

    SqliteDatabase &m_db;
    BillLineRating m_rating;
    WalletCharging *m_wallet;
    DayEndSettlement m_dayEnd;
    SqlStatement m_isSettled;
    SqlStatement m_usage;
    SqlStatement m_workspace;
    SqlStatement m_insertLine;
    SqlStatement m_addMonth;
    SqlStatement m_addDayTotal;
    SqlStatement m_markSettled;
};

} // namespace billing::server
