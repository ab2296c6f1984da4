#include "WalletLedger.h"

#include "SecureRandom.h"
#include "StorageError.h"

#include <BillingCatalogue.h>

#include <QMutexLocker>

#include <algorithm>

namespace billing::server {

WalletLedger::WalletLedger(const BillingCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

WalletLedger::~WalletLedger() = default;

WalletTables &WalletLedger::tables(const QSqlDatabase &db)
{
    const QString name = db.connectionName();
    QMutexLocker lock(&m_mutex);
    auto it = m_byConnection.find(name);
    if (it == m_byConnection.end())
        it = m_byConnection.insert(name, std::make_shared<WalletTables>(db));
    return **it;
}

void WalletLedger::releaseConnection(const QSqlDatabase &db)
{
    QMutexLocker lock(&m_mutex);
    m_byConnection.remove(db.connectionName());
}

WalletRow WalletLedger::open(const QSqlDatabase &db, const QString &accountId)
{
    WalletTables &t = tables(db);
    if (auto row = t.wallet(accountId))
        return *row;
    const Currency currency =
        m_catalogue.currencyForRegistrationSite(t.registrationSite(accountId));
    t.ensureWallet(accountId, billing::toWire(currency));
    const auto row = t.wallet(accountId);
    if (!row)
        throw StorageError(QStringLiteral("the wallet of an unknown account"));
    return *row;
}

WalletRow WalletLedger::peek(const QSqlDatabase &db, const QString &accountId)
{
    WalletTables &t = tables(db);
    if (auto row = t.wallet(accountId))
        return *row;
    WalletRow empty;
    empty.currency =
        billing::toWire(m_catalogue.currencyForRegistrationSite(t.registrationSite(accountId)));
    return empty;
}

qint64 WalletLedger::balanceCents(const QSqlDatabase &db, const QString &accountId)
{
    WalletTables &t = tables(db);
    return open(db, accountId).cashCents + t.voucherRemaining(accountId);
}

LedgerEntry WalletLedger::appendEntry(WalletTables &t, const QString &accountId, LedgerEntry entry)
{
    const qint64 cash = t.wallet(accountId)->cashCents;
    entry.cashCents = cash;
    entry.balanceCents = cash + t.voucherRemaining(accountId);
    t.append(accountId, entry);
    return entry;
}

int WalletLedger::expireDue(const QSqlDatabase &db, const QString &accountId, const QDateTime &now)
{
    WalletTables &t = tables(db);
    const QList<Voucher> due = t.dueToExpire(accountId, now);
    if (due.isEmpty())
        return 0;
    open(db, accountId);
    for (const Voucher &voucher : due) {
        t.markExpired(voucher.id);
        LedgerEntry entry;
        entry.at = voucher.expiresAt;
        entry.kind = LedgerKind::VoucherExpired;
        entry.amountCents = -voucher.remainingCents;
        entry.voucherId = voucher.id;
        appendEntry(t, accountId, entry);
    }
    return int(due.size());
}

void WalletLedger::chargeDay(const QSqlDatabase &db, const QString &accountId, const QDate &day,
                             qint64 cents, const QDateTime &at)
{
    if (cents <= 0)
        return;
    WalletTables &t = tables(db);
    open(db, accountId);
    expireDue(db, accountId, at);
    qint64 owed = cents;
    for (const Voucher &voucher : t.usableVouchers(accountId, at)) {
        if (owed == 0)
            break;
        const qint64 taken = std::min(owed, voucher.remainingCents);
        t.spendVoucher(voucher.id, taken);
        owed -= taken;
    }
    if (owed > 0)
        t.addCash(accountId, -owed);
    LedgerEntry entry;
    entry.at = at;
    entry.kind = LedgerKind::Charge;
    entry.amountCents = -cents;
    entry.fromVouchersCents = cents - owed;
    entry.day = day;
    appendEntry(t, accountId, entry);
}

LedgerEntry WalletLedger::recharge(const QSqlDatabase &db, const QString &accountId, qint64 cents,
                                   const QDateTime &at)
{
    WalletTables &t = tables(db);
    open(db, accountId);
    expireDue(db, accountId, at);
    t.addCash(accountId, cents);
    LedgerEntry entry;
    entry.at = at;
    entry.kind = LedgerKind::Recharge;
    entry.amountCents = cents;
    return appendEntry(t, accountId, entry);
}

Voucher WalletLedger::grantVoucher(const QSqlDatabase &db, const QString &accountId, qint64 cents,
                                   const QDateTime &expiresAt, const QDateTime &at)
{
    WalletTables &t = tables(db);
    open(db, accountId);
    expireDue(db, accountId, at);
    const Voucher voucher{SecureRandom::prefixedId(QStringLiteral("vc_")), cents, cents, expiresAt};
    t.insertVoucher(accountId, voucher, at);
    LedgerEntry entry;
    entry.at = at;
    entry.kind = LedgerKind::VoucherGranted;
    entry.amountCents = cents;
    entry.voucherId = voucher.id;
    appendEntry(t, accountId, entry);
    return voucher;
}

} // namespace billing::server
