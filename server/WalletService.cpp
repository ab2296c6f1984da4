#include "WalletService.h"

#include "AccountStore.h"
#include "ArrearsLock.h"
#include "Clock.h"
#include "Logging.h"
#include "Mailer.h"
#include "StorageError.h"
#include "Transactional.h"
#include "WalletLedger.h"
#include "WalletMails.h"

#include <ExactDecimal.h>

namespace billing::server {
namespace {
QString money(qint64 cents, const QString &currency)
{
    return money::amountText(cents) + u' ' + currency;
}
} // namespace

qint64 WalletView::voucherCents() const
{
    qint64 total = 0;
    for (const Voucher &voucher : vouchers)
        total += voucher.remainingCents;
    return total;
}

WalletService::WalletService(WalletLedger &ledger, ArrearsLock &arrears, AccountStore &accounts,
                             Mailer &mailer, Transactional &transactions, const QSqlDatabase &db,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_arrears(arrears)
    , m_accounts(accounts)
    , m_mailer(mailer)
    , m_transactions(transactions)
    , m_db(db)
    , m_clock(clock)
{}

WalletView WalletService::current(const QString &accountId, const QDateTime &now)
{
    WalletTables &tables = m_ledger.tables(m_db);
    const WalletRow row = m_ledger.peek(m_db, accountId);
    WalletView view;
    view.currency = row.currency;
    view.cashCents = row.cashCents;
    view.vouchers = tables.usableVouchers(accountId, now);
    const auto [days, charged] = tables.recentSettledCharges(accountId, kAverageDays);
    view.averageDailyCents = days > 0 ? money::roundedDivision(charged, days) : 0;
    if (view.averageDailyCents > 0) {
        view.daysCovered = std::max<qint64>(0, view.balanceCents() / view.averageDailyCents);
        view.lowBalance = view.balanceCents() < kLowBalanceDays * view.averageDailyCents;
    }
    view.lockAt = tables.arrearsLockAt(accountId);
    return view;
}

WalletView WalletService::view(const QString &accountId)
{
    // Reads write nothing, so a full disk cannot fail them: a wallet not created yet reads as
    // empty, and vouchers past their expiry are left out until expireDueVouchers() runs.
    return current(accountId, m_clock.now());
}

void WalletService::mail(const QString &accountId, const QString &subject, const QString &body,
                         QList<MailMessage> *mails)
{
    const auto account = m_accounts.findById(accountId);
    if (account)
        mails->append(m_mailer.store(account->email, subject, body, accountId));
}

void WalletService::rearmLowBalance(const QString &accountId, const QDateTime &now)
{
    const WalletRow row = m_ledger.open(m_db, accountId);
    if (row.lowBalanceMailed && !current(accountId, now).lowBalance)
        m_ledger.tables(m_db).setLowBalanceMailed(accountId, false);
}

WalletView WalletService::recharge(const QString &accountId, qint64 cents)
{
    const QDateTime now = m_clock.now();
    QList<MailMessage> mails;
    TransactionGuard transaction(m_transactions);
    m_ledger.recharge(m_db, accountId, cents, now);
    const WalletRow row = m_ledger.open(m_db, accountId);
    if (row.cashCents >= 0) {
        const QList<StoredWorkspace> lifted = m_arrears.lift(accountId, now);
        if (row.arrearsSince.isValid())
            m_ledger.tables(m_db).setArrearsSince(accountId, {});
        if (!lifted.isEmpty()) {
            const auto account = m_accounts.findById(accountId);
            const WalletMailText text =
                WalletMails::unlocked(account ? account->username : QString(), lifted);
            mail(accountId, text.subject, text.body, &mails);
            qCInfo(lcServer) << "account" << accountId << "paid its arrears;" << lifted.size()
                             << "workspaces unlocked";
        }
    }
    rearmLowBalance(accountId, now);
    const WalletView view = current(accountId, now);
    transaction.commit();
    for (const MailMessage &message : std::as_const(mails))
        m_mailer.deliver(message);
    return view;
}

WalletView WalletService::grantVoucher(const QString &accountId, qint64 cents,
                                       const QDateTime &expiresAt)
{
    const QDateTime now = m_clock.now();
    TransactionGuard transaction(m_transactions);
    m_ledger.grantVoucher(m_db, accountId, cents, expiresAt, now);
    rearmLowBalance(accountId, now);
    const WalletView view = current(accountId, now);
    transaction.commit();
    return view;
}

void WalletService::topUpDemo(const QString &accountId, const QDate &day, const QDateTime &at,
                              int days, qint64 floorCents)
{
    constexpr qint64 kRoundTo = 100'000; // whole thousands, as a person would recharge
    WalletTables &tables = m_ledger.tables(m_db);
    TransactionGuard transaction(m_transactions);
    const WalletRow row = m_ledger.open(m_db, accountId);
    const auto [counted, charged] =
        tables.recentSettledCharges(accountId, kAverageDays, day.addDays(-1));
    const qint64 average = counted > 0 ? money::roundedDivision(charged, counted) : 0;
    const qint64 missing = std::max(days * average, floorCents) - row.cashCents;
    if (missing > 0)
        m_ledger.recharge(m_db, accountId, (missing + kRoundTo - 1) / kRoundTo * kRoundTo, at);
    transaction.commit();
}

bool WalletService::demoRunsLow(const QString &accountId, const QDate &day)
{
    WalletTables &tables = m_ledger.tables(m_db);
    const auto [counted, charged] =
        tables.recentSettledCharges(accountId, kAverageDays, day.addDays(-1));
    const qint64 average = counted > 0 ? money::roundedDivision(charged, counted) : 0;
    return m_ledger.open(m_db, accountId).cashCents < kLowBalanceDays * average;
}

void WalletService::expireDueVouchers()
{
    const QDateTime now = m_clock.now();
    for (const QString &accountId : m_ledger.tables(m_db).accountsWithVouchersDue(now)) {
        TransactionGuard transaction(m_transactions);
        const int expired = m_ledger.expireDue(m_db, accountId, now);
        transaction.commit();
        qCInfo(lcServer) << expired << "vouchers of account" << accountId << "expired";
    }
}

void WalletService::check(const QString &accountId)
{
    const QDateTime now = m_clock.now();
    QList<MailMessage> mails;
    TransactionGuard transaction(m_transactions);
    m_ledger.expireDue(m_db, accountId, now);
    WalletTables &tables = m_ledger.tables(m_db);
    const WalletRow row = m_ledger.open(m_db, accountId);
    const auto account = m_accounts.findById(accountId);
    const QString username = account ? account->username : QString();
    bool lowBalanceTold = row.lowBalanceMailed;
    if (row.cashCents < 0) {
        const QList<StoredWorkspace> counting = m_arrears.startCountdown(accountId, now);
        const bool episodeStarts = !row.arrearsSince.isValid();
        if (episodeStarts)
            tables.setArrearsSince(accountId, now);
        if (episodeStarts || !counting.isEmpty()) {
            const QDateTime lockAt = counting.isEmpty() ? tables.arrearsLockAt(accountId)
                                                        : counting.constFirst().workspace.lockAt;
            const WalletMailText text = WalletMails::arrears(
                username, money(-row.cashCents, row.currency),
                lockAt.isValid() ? lockAt : now.addDays(ArrearsLock::kCountdownDays), counting);
            mail(accountId, text.subject, text.body, &mails);
            lowBalanceTold = true; // the arrears mail says more than a low-balance one would
            qCInfo(lcServer) << "account" << accountId << "in arrears;" << counting.size()
                             << "workspaces start their lock countdown";
        }
    }
    const WalletView view = current(accountId, now);
    if (view.lowBalance && !row.lowBalanceMailed) {
        if (!lowBalanceTold) {
            const WalletMailText text = WalletMails::lowBalance(
                username, money(view.balanceCents(), view.currency),
                money(view.averageDailyCents, view.currency), view.daysCovered.value_or(0));
            mail(accountId, text.subject, text.body, &mails);
        }
        tables.setLowBalanceMailed(accountId, true);
    }
    transaction.commit();
    for (const MailMessage &message : std::as_const(mails))
        m_mailer.deliver(message);
}

void WalletService::onDaySettled(const QDate &day, const QStringList &accountIds)
{
    for (const QString &accountId : accountIds) {
        try {
            check(accountId);
        } catch (const StorageError &failure) {
            qCWarning(lcDb) << "wallet check after" << day.toString(Qt::ISODate) << "of account"
                            << accountId << "failed:" << failure.what();
        }
    }
}

void WalletService::checkAll()
{
    try {
        expireDueVouchers();
        onDaySettled({}, m_ledger.tables(m_db).walletAccounts());
    } catch (const StorageError &failure) {
        qCWarning(lcDb) << "wallet checks failed:" << failure.what();
    }
}

} // namespace billing::server
