#include "WalletTables.h"

#include "SqlDialect.h"

namespace billing::server {

QString toWire(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Recharge:
        return QStringLiteral("recharge");
    case LedgerKind::VoucherGranted:
        return QStringLiteral("voucher_granted");
    case LedgerKind::VoucherExpired:
        return QStringLiteral("voucher_expired");
    case LedgerKind::Charge:
        return QStringLiteral("charge");
    case LedgerKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

namespace {
const QString kVoucherColumns =
    QStringLiteral("SELECT id, amount_cents, remaining_cents, expires_at FROM vouchers ");

QList<Voucher> readVouchers(SqlStatement &statement)
{
    statement.exec();
    QList<Voucher> vouchers;
    while (statement.next()) {
        vouchers.append(
            {statement.text(0), statement.integer(1), statement.integer(2), statement.time(3)});
    }
    statement.finish();
    return vouchers;
}

// The last `days` (?2) billing days up to the settlement watermark (the account's last settled
// day without one), from the account's first settled day on: days without usage count as days
// charged nothing.
QString recentSettledSql(const SqlDialect &sql)
{
    const QString days = QStringLiteral("CAST(?2 AS INTEGER)");
    return QStringLiteral("WITH bounds AS (SELECT coalesce(?3, (SELECT settled_through FROM "
                          "settlement_watermark), (SELECT max(day) FROM settled_days WHERE "
                          "account_id = ?1)) AS last, (SELECT min(day) FROM settled_days WHERE "
                          "account_id = ?1) AS first) "
                          "SELECT CASE WHEN first IS NULL OR last IS NULL OR first > last THEN 0 "
                          "ELSE ")
           + sql.least(days, sql.daysBetween(QStringLiteral("first"), QStringLiteral("last"))
                                 + QStringLiteral(" + 1"))
           + QStringLiteral(" END, (SELECT coalesce(sum(charged_cents), 0) FROM settled_days "
                            "WHERE account_id = ?1 AND day <= last AND day > ")
           + sql.daysBefore(QStringLiteral("last"), days) + QStringLiteral(") FROM bounds");
}

qint64 singleInteger(SqlStatement &statement)
{
    statement.exec();
    const qint64 value = statement.next() ? statement.integer(0) : 0;
    statement.finish();
    return value;
}
} // namespace

WalletTables::WalletTables(const QSqlDatabase &db)
    : m_site(db, QStringLiteral("SELECT site FROM accounts WHERE id = ?"))
    , m_walletAccounts(db, QStringLiteral("SELECT account_id FROM wallets"))
    , m_ensure(db, QStringLiteral("INSERT INTO wallets (account_id, currency) VALUES (?, ?) "
                                  "ON CONFLICT DO NOTHING"))
    , m_wallet(db, QStringLiteral("SELECT currency, cash_cents, arrears_since, "
                                  "low_balance_mailed FROM wallets WHERE account_id = ?"))
    , m_addCash(db, QStringLiteral("UPDATE wallets SET cash_cents = cash_cents + ? "
                                   "WHERE account_id = ?"))
    , m_arrearsSince(db,
                     QStringLiteral("UPDATE wallets SET arrears_since = ? WHERE account_id = ?"))
    , m_lowBalanceMailed(
          db, QStringLiteral("UPDATE wallets SET low_balance_mailed = ? WHERE account_id = ?"))
    , m_usable(db, kVoucherColumns
                       + QStringLiteral("WHERE account_id = ? AND expired = 0 AND expires_at > ? "
                                        "AND granted_at <= ? AND remaining_cents > 0 "
                                        "ORDER BY expires_at, granted_at, id"))
    , m_due(db, kVoucherColumns
                    + QStringLiteral("WHERE account_id = ? AND expired = 0 AND expires_at <= ? "
                                     "ORDER BY expires_at, granted_at, id"))
    , m_accountsDue(db, QStringLiteral("SELECT DISTINCT account_id FROM vouchers "
                                       "WHERE expired = 0 AND expires_at <= ?"))
    , m_remaining(db, QStringLiteral("SELECT coalesce(sum(remaining_cents), 0) FROM vouchers "
                                     "WHERE account_id = ? AND expired = 0"))
    , m_insertVoucher(db, QStringLiteral("INSERT INTO vouchers (id, account_id, amount_cents, "
                                         "remaining_cents, expires_at, granted_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"))
    , m_spend(db, QStringLiteral("UPDATE vouchers SET remaining_cents = remaining_cents - ? "
                                 "WHERE id = ?"))
    , m_expire(db, QStringLiteral("UPDATE vouchers SET expired = 1 WHERE id = ?"))
    // Ids follow the seq ("le_1f"), like bill lines: the next seq and its id in one statement.
    , m_append(db,
               QStringLiteral("INSERT INTO ledger (seq, id, account_id, at, kind, amount_cents, "
                              "balance_after_cents, cash_after_cents, from_vouchers_cents, "
                              "voucher_id, day) SELECT n, 'le_' || ")
                   + SqlDialect(db).hexOf(QStringLiteral("n"))
                   + QStringLiteral(", ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (SELECT coalesce(max(seq), "
                                    "0) + 1 AS n FROM ledger) AS next_seq"),
               QStringLiteral("seq"))
    , m_recent(db, recentSettledSql(SqlDialect(db)))
    , m_lockAt(db, QStringLiteral("SELECT min(lock_at) FROM workspaces WHERE account_id = ? "
                                  "AND status = 'lock_pending' AND lock_reason = 'arrears'"))
{}

QString WalletTables::registrationSite(const QString &accountId)
{
    m_site.bind(0, accountId).exec();
    const QString site = m_site.next() ? m_site.text(0) : QString();
    m_site.finish();
    return site;
}

QStringList WalletTables::walletAccounts()
{
    m_walletAccounts.exec();
    QStringList accounts;
    while (m_walletAccounts.next())
        accounts.append(m_walletAccounts.text(0));
    m_walletAccounts.finish();
    return accounts;
}

void WalletTables::ensureWallet(const QString &accountId, const QString &currency)
{
    m_ensure.bind(0, accountId).bind(1, currency).exec();
}

std::optional<WalletRow> WalletTables::wallet(const QString &accountId)
{
    m_wallet.bind(0, accountId).exec();
    std::optional<WalletRow> row;
    if (m_wallet.next()) {
        row = WalletRow{m_wallet.text(0), m_wallet.integer(1), m_wallet.time(2),
                        m_wallet.integer(3) != 0};
    }
    m_wallet.finish();
    return row;
}

void WalletTables::addCash(const QString &accountId, qint64 deltaCents)
{
    m_addCash.bind(0, deltaCents).bind(1, accountId).exec();
}

void WalletTables::setArrearsSince(const QString &accountId, const QDateTime &since)
{
    m_arrearsSince.bind(0, SqlStatement::fromTime(since)).bind(1, accountId).exec();
}

void WalletTables::setLowBalanceMailed(const QString &accountId, bool mailed)
{
    m_lowBalanceMailed.bind(0, mailed ? 1 : 0).bind(1, accountId).exec();
}

QList<Voucher> WalletTables::usableVouchers(const QString &accountId, const QDateTime &at)
{
    m_usable.bind(0, accountId)
        .bind(1, SqlStatement::fromTime(at))
        .bind(2, SqlStatement::fromTime(at));
    return readVouchers(m_usable);
}

QList<Voucher> WalletTables::dueToExpire(const QString &accountId, const QDateTime &at)
{
    m_due.bind(0, accountId).bind(1, SqlStatement::fromTime(at));
    return readVouchers(m_due);
}

QStringList WalletTables::accountsWithVouchersDue(const QDateTime &at)
{
    m_accountsDue.bind(0, SqlStatement::fromTime(at)).exec();
    QStringList accounts;
    while (m_accountsDue.next())
        accounts.append(m_accountsDue.text(0));
    m_accountsDue.finish();
    return accounts;
}

qint64 WalletTables::voucherRemaining(const QString &accountId)
{
    m_remaining.bind(0, accountId);
    return singleInteger(m_remaining);
}

void WalletTables::insertVoucher(const QString &accountId, const Voucher &voucher,
                                 const QDateTime &at)
{
    m_insertVoucher.bind(0, voucher.id)
        .bind(1, accountId)
        .bind(2, voucher.amountCents)
        .bind(3, voucher.remainingCents)
        .bind(4, SqlStatement::fromTime(voucher.expiresAt))
        .bind(5, SqlStatement::fromTime(at))
        .exec();
}

void WalletTables::spendVoucher(const QString &voucherId, qint64 cents)
{
    m_spend.bind(0, cents).bind(1, voucherId).exec();
}

void WalletTables::markExpired(const QString &voucherId)
{
    m_expire.bind(0, voucherId).exec();
}

void WalletTables::append(const QString &accountId, LedgerEntry &entry)
{
    m_append.bind(0, accountId)
        .bind(1, SqlStatement::fromTime(entry.at))
        .bind(2, toWire(entry.kind))
        .bind(3, entry.amountCents)
        .bind(4, entry.balanceCents)
        .bind(5, entry.cashCents)
        .bind(6, entry.fromVouchersCents)
        .bind(7, SqlStatement::textOrNull(entry.voucherId))
        .bind(8, SqlStatement::textOrNull(entry.day.isValid() ? entry.day.toString(Qt::ISODate)
                                                              : QString()))
        .exec();
    entry.seq = m_append.lastInsertId();
    entry.id = QStringLiteral("le_") + QString::number(entry.seq, 16);
}

std::pair<int, qint64> WalletTables::recentSettledCharges(const QString &accountId, int days,
                                                          const QDate &through)
{
    m_recent.bind(0, accountId)
        .bind(1, days)
        .bind(2, SqlStatement::textOrNull(through.isValid() ? through.toString(Qt::ISODate)
                                                            : QString()))
        .exec();
    std::pair<int, qint64> result{0, 0};
    if (m_recent.next())
        result = {int(m_recent.integer(0)), m_recent.integer(1)};
    m_recent.finish();
    return result;
}

QDateTime WalletTables::arrearsLockAt(const QString &accountId)
{
    m_lockAt.bind(0, accountId).exec();
    const QDateTime lockAt = m_lockAt.next() ? m_lockAt.time(0) : QDateTime();
    m_lockAt.finish();
    return lockAt;
}

} // namespace billing::server
