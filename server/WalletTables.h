#pragma once

#include "SqlStatement.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace billing::server {

// An account's wallet row (billing.md, "The wallet"): cents in the account's currency.
struct WalletRow {
    QString currency;
    qint64 cashCents = 0;
    QDateTime arrearsSince; // invalid unless an arrears countdown was started
    bool lowBalanceMailed = false;
};

struct Voucher {
    QString id;
    qint64 amountCents = 0;
    qint64 remainingCents = 0;
    QDateTime expiresAt;
};

enum class LedgerKind { Recharge, VoucherGranted, VoucherExpired, Charge, Refund };
QString toWire(LedgerKind kind);

// One movement of the wallet; amount is the signed change of the balance (cash + the
// vouchers' remaining), balance and cash are after it.
struct LedgerEntry {
    qint64 seq = 0;
    QString id;
    QDateTime at;
    LedgerKind kind = LedgerKind::Charge;
    qint64 amountCents = 0;
    qint64 balanceCents = 0;
    qint64 cashCents = 0;
    qint64 fromVouchersCents = 0; // charge only
    QString voucherId;            // voucher_granted, voucher_expired
    QDate day;                    // charge only
};

// The wallet's SQL on one connection (wallets, vouchers, ledger), each query prepared once.
// A connection belongs to one thread, and so does this.
class WalletTables
{
public:
    explicit WalletTables(const QSqlDatabase &db);

    QString registrationSite(const QString &accountId);
    QStringList walletAccounts(); // every account that has a wallet
    void ensureWallet(const QString &accountId, const QString &currency); // no-op when present
    std::optional<WalletRow> wallet(const QString &accountId);
    void addCash(const QString &accountId, qint64 deltaCents);
    void setArrearsSince(const QString &accountId, const QDateTime &since);
    void setLowBalanceMailed(const QString &accountId, bool mailed);

    // Granted by `at`, unexpired then and with something left, the soonest expiry first.
    QList<Voucher> usableVouchers(const QString &accountId, const QDateTime &at);
    // Not yet marked expired although their time has come (at or before `at`).
    QList<Voucher> dueToExpire(const QString &accountId, const QDateTime &at);
    QStringList accountsWithVouchersDue(const QDateTime &at);
    qint64 voucherRemaining(const QString &accountId); // of those not marked expired
    void insertVoucher(const QString &accountId, const Voucher &voucher, const QDateTime &at);
    void spendVoucher(const QString &voucherId, qint64 cents);
    void markExpired(const QString &voucherId);

    void append(const QString &accountId, LedgerEntry &entry); // sets seq and id
    // The account's billing_center charges over the last `days` settled billing days:
    // {days counted, cents}; fewer days when the account's first settled day is more recent.
    // The window ends at `through`, by default at the settlement watermark.
    std::pair<int, qint64> recentSettledCharges(const QString &accountId, int days,
                                                const QDate &through = {});
    // The soonest lockAt of the account's workspaces counting down for arrears (invalid: none).
    QDateTime arrearsLockAt(const QString &accountId);

private:
    SqlStatement m_site;
    SqlStatement m_walletAccounts;
    SqlStatement m_ensure;
    SqlStatement m_wallet;
    SqlStatement m_addCash;
    SqlStatement m_arrearsSince;
    SqlStatement m_lowBalanceMailed;
    SqlStatement m_usable;
    SqlStatement m_due;
    SqlStatement m_accountsDue;
    SqlStatement m_remaining;
    SqlStatement m_insertVoucher;
    SqlStatement m_spend;
    SqlStatement m_expire;
    SqlStatement m_append;
    SqlStatement m_recent;
    SqlStatement m_lockAt;
};

} // namespace billing::server
