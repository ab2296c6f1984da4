#pragma once

#include "MailMessage.h"
#include "WalletTables.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace billing::server {

class AccountStore;
class ArrearsLock;
class Clock;
class Mailer;
class Transactional;
class WalletLedger;

// GET /account/wallet: the wallet as the account sees it now.
struct WalletView {
    QString currency;
    qint64 cashCents = 0;
    QList<Voucher> vouchers; // usable, the soonest expiry first
    qint64 averageDailyCents = 0;
    std::optional<qint64> daysCovered; // none while the average is 0
    bool lowBalance = false;
    QDateTime lockAt; // the arrears countdown's first lock, while it runs

    qint64 voucherCents() const;
    qint64 balanceCents() const { return cashCents + voucherCents(); }
};

// The wallet on the server's own connection: what requests read and do (recharges, vouchers)
// and the checks after a settled day (arrears countdown, low-balance mail). The settlement
// engine charges through WalletLedger on its connection; its "day settled" signal is
// connected to onDaySettled.
class WalletService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAverageDays = 7;    // the average daily charge looks this far back
    static constexpr int kLowBalanceDays = 3; // fewer days covered than this is low

    WalletService(WalletLedger &ledger, ArrearsLock &arrears, AccountStore &accounts,
                  Mailer &mailer, Transactional &transactions, const QSqlDatabase &db,
                  const Clock &clock, QObject *parent = nullptr);

    WalletView view(const QString &accountId);
    WalletView recharge(const QString &accountId, qint64 cents);
    WalletView grantVoucher(const QString &accountId, qint64 cents, const QDateTime &expiresAt);
    // The demo account's money (--demo-workspaces), kept by an administrator who recharges
    // at `at` (the start of `day`, the demo's history being settled day by day) so that cash
    // covers `days` days of the average up to the day before, and at least `floorCents`;
    // nothing when it does already.
    void topUpDemo(const QString &accountId, const QDate &day, const QDateTime &at, int days,
                   qint64 floorCents);
    bool demoRunsLow(const QString &accountId, const QDate &day); // under 3 days' worth
    // Every voucher whose time has come gets its `voucher_expired` entry (a timer's job, and
    // the sandbox clock's after a move).
    void expireDueVouchers();

public Q_SLOTS:
    // After the settlement engine settled `day` for these accounts.
    void onDaySettled(const QDate &day, const QStringList &accountIds);
    // Every wallet's checks once (at start-up: a crash may have come between a settlement
    // and its checks).
    void checkAll();

private:
    WalletView current(const QString &accountId, const QDateTime &now);
    void check(const QString &accountId);
    // A recharge or a voucher lifted the balance above the line: the next low balance mails.
    void rearmLowBalance(const QString &accountId, const QDateTime &now);
    void mail(const QString &accountId, const QString &subject, const QString &body,
              QList<MailMessage> *mails);

    WalletLedger &m_ledger;
    ArrearsLock &m_arrears;
    AccountStore &m_accounts;
    Mailer &m_mailer;
    Transactional &m_transactions;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace billing::server
