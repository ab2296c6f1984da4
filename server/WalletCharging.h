#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace billing::server {

// The seam between the settlement engine and the wallet (billing.md, "The wallet"): the
// engine settles an account's day in one transaction on its own connection and, inside
// it, asks the wallet to pay the day's billing_center lines. Whatever the wallet writes
// (vouchers, cash, ledger) commits or rolls back with the bill lines.
class WalletCharging
{
public:
    virtual ~WalletCharging() = default;
    // `cents` > 0: the sum of the day's rounded billing_center line amounts. Runs on `db`
    // (the caller's connection, inside its open transaction); throws StorageError on failure.
    virtual void chargeDay(const QSqlDatabase &db, const QString &accountId, const QDate &day,
                           qint64 cents, const QDateTime &at) = 0;
    // Drops what the wallet keeps for `db` (its prepared statements); call before closing it.
    virtual void releaseConnection(const QSqlDatabase &db) { Q_UNUSED(db) }
};

} // namespace billing::server
