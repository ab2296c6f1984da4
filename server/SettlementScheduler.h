#pragma once

#include "SettlementWorker.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;
class QTimer;

namespace billing::server {

class Clock;

// Settles billing day D once the server's clock has passed 00:00 Beijing of D+1 (the sandbox
// clock too: moving it settles every day it passed, in order). It looks every second and
// hands the work to a SettlementWorker on its own thread and connection, so the event loop
// keeps answering requests while a day of 100 000 workspaces is written.
//
// Signals (on the thread that owns the scheduler, the server's main thread), for the wallet
// (arrears, low balance) and metering, which connect to them:
//  - daySettled(day, accountIds): `day` is now settled for every account; `accountIds` are
//    the accounts whose day this run settled (those with usage that day: their bill lines,
//    settled_days row and wallet charge are committed). WalletCharging::chargeDay itself runs
//    on the settlement thread, inside that transaction: mails and the like belong here.
//    Days come in order, each once per run; after a crash, a day finished by the restart is
//    signalled again with only the accounts the restart settled.
//  - idle(settledThrough): the run ended (nothing left to settle, or a failure to retry).
class SettlementScheduler : public QObject
{
    Q_OBJECT
public:
    SettlementScheduler(const DatabaseLocation &database, const Clock &clock,
                        WalletCharging *wallet, SettlementWorker::BeforeDay beforeDay,
                        QObject *parent = nullptr);
    ~SettlementScheduler() override; // stops after the account being settled, then joins

    // Starts polling; `settledThrough` is the watermark as the server's connection reads it.
    void start(const QDate &settledThrough, int pollIntervalMs = 1000);
    QDate settledThrough() const { return m_settledThrough; }
    // Starts a run for the days the clock has passed, if none is running, and answers the last
    // day settled or being settled: usage for it or before is refused from the moment a run
    // is asked for, so none can slip in behind the run (and a day is closed as soon as the
    // clock has passed it, not only at the next look).
    QDate claimThrough();
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void daySettled(const QDate &day, const QStringList &accountIds);
    void idle(const QDate &settledThrough);

private:
    void poll();
    void workerIdle(const QDate &settledThrough);

    const Clock &m_clock;
    std::atomic_bool m_stop{false}; // before the worker, which keeps a reference to it
    QThread *m_thread = nullptr;
    SettlementWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    QDate m_settledThrough;
    QDate m_claimedThrough;
    bool m_busy = false;
};

} // namespace billing::server
