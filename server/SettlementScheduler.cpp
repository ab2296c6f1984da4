#include "SettlementScheduler.h"

#include "BillingDay.h"
#include "Clock.h"

#include <QThread>
#include <QTimer>

namespace billing::server {

SettlementScheduler::SettlementScheduler(const DatabaseLocation &database, const Clock &clock,
                                         WalletCharging *wallet,
                                         SettlementWorker::BeforeDay beforeDay, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_thread(new QThread(this))
    , m_worker(new SettlementWorker(database, wallet, std::move(beforeDay), m_stop))
    , m_timer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("settlement"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SettlementWorker::daySettled, this, &SettlementScheduler::daySettled);
    connect(m_worker, &SettlementWorker::idle, this, &SettlementScheduler::workerIdle);
    connect(m_timer, &QTimer::timeout, this, &SettlementScheduler::poll);
}

SettlementScheduler::~SettlementScheduler()
{
    m_timer->stop();
    m_stop = true;
    if (m_thread->isRunning()) {
        // Deleted on its own thread, where its connection was opened; this waits for the
        // account being settled to commit.
        SettlementWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
}

void SettlementScheduler::start(const QDate &settledThrough, int pollIntervalMs)
{
    m_settledThrough = settledThrough;
    m_thread->start();
    m_timer->start(pollIntervalMs);
    poll();
}

void SettlementScheduler::poll()
{
    const QDateTime now = m_clock.now();
    const QDate through = billingday::of(now).addDays(-1);
    if (m_busy || (m_settledThrough.isValid() && through <= m_settledThrough))
        return;
    m_busy = true;
    m_claimedThrough = through;
    SettlementWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, through, now] { worker->settleThrough(through, now); },
        Qt::QueuedConnection);
}

QDate SettlementScheduler::claimThrough()
{
    poll();
    return m_busy ? m_claimedThrough : m_settledThrough;
}

void SettlementScheduler::workerIdle(const QDate &settledThrough)
{
    m_busy = false;
    if (settledThrough.isValid())
        m_settledThrough = settledThrough;
    Q_EMIT idle(settledThrough);
}

} // namespace billing::server
