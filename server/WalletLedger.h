#pragma once

#include "WalletCharging.h"
#include "WalletTables.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace billing {
class BillingCatalogue;
}

namespace billing::server {

// The wallet's money movements, each with its ledger entry (billing.md, "The wallet").
// Every method runs on the connection it is given, inside the caller's transaction: the
// settlement engine charges from its worker thread on its own connection, the requests
// recharge on the server's. Prepared statements are kept per connection.
class WalletLedger : public WalletCharging
{
public:
    explicit WalletLedger(const BillingCatalogue &catalogue);
    ~WalletLedger() override;

    // Vouchers first (the soonest expiry first, expired never), then cash; cash may go
    // negative (arrears). One `charge` entry.
    void chargeDay(const QSqlDatabase &db, const QString &accountId, const QDate &day, qint64 cents,
                   const QDateTime &at) override;
    LedgerEntry recharge(const QSqlDatabase &db, const QString &accountId, qint64 cents,
                         const QDateTime &at);
    Voucher grantVoucher(const QSqlDatabase &db, const QString &accountId, qint64 cents,
                         const QDateTime &expiresAt, const QDateTime &at);
    // A `voucher_expired` entry (at the voucher's expiry) for what each voucher due by `now`
    // had left. Returns how many expired.
    int expireDue(const QSqlDatabase &db, const QString &accountId, const QDateTime &now);

    // The account's wallet, created (empty, in the currency of its registration site) when
    // it has none yet.
    WalletRow open(const QSqlDatabase &db, const QString &accountId);
    // The same without creating anything: an empty wallet when the account has none yet.
    WalletRow peek(const QSqlDatabase &db, const QString &accountId);
    qint64 balanceCents(const QSqlDatabase &db, const QString &accountId);
    WalletTables &tables(const QSqlDatabase &db);
    // Drops the statements kept for a connection; call before closing it.
    void releaseConnection(const QSqlDatabase &db) override;

private:
    LedgerEntry appendEntry(WalletTables &tables, const QString &accountId, LedgerEntry entry);

    const BillingCatalogue &m_catalogue;
    QMutex m_mutex; // guards the map only: a connection's tables are used by its thread alone
    QHash<QString, std::shared_ptr<WalletTables>> m_byConnection;
};

} // namespace billing::server
