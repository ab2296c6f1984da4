#include "SettlementWorker.h"

#include "OpenDatabase.h"
#include "WalletCharging.h"

#include <QLoggingCategory>

#include <exception>

namespace billing::server {

Q_DECLARE_LOGGING_CATEGORY(lcSettlement)

SettlementWorker::SettlementWorker(DatabaseLocation database, WalletCharging *wallet,
                                   BeforeDay beforeDay, const std::atomic_bool &stop)
    : m_database(std::move(database))
    , m_wallet(wallet)
    , m_beforeDay(std::move(beforeDay))
    , m_stop(stop)
{}

SettlementWorker::~SettlementWorker()
{
    // Statements (the engine's, the demo usage's in the hook) go before the connection.
    m_engine.reset();
    m_leadership.reset();
    m_beforeDay = nullptr;
    if (m_wallet && m_db)
        m_wallet->releaseConnection(m_db->handle());
    m_db.reset();
}

bool SettlementWorker::ensureOpen()
{
    if (m_engine)
        return true;
    QString error;
    m_db = openDatabase(m_database, ConnectionRole::Background, &error);
    if (!m_db) {
        qCCritical(lcSettlement) << "cannot open the database for settlement:" << error;
        return false;
    }
    m_leadership = std::make_unique<JobLeadership>(m_db->handle());
    m_engine = std::make_unique<SettlementEngine>(*m_db, BillingCatalogue::builtIn(), m_wallet);
    if (m_beforeDay) {
        Database *connection = m_db.get();
        m_engine->setBeforeDay(
            [this, connection](const QDate &day) { m_beforeDay(*connection, day); });
    }
    return true;
}

void SettlementWorker::settleThrough(const QDate &through, const QDateTime &at)
{
    QDate settled;
    try {
        if (!ensureOpen()) {
            Q_EMIT idle(QDate());
            return;
        }
        if (!m_leadership->leads(JobLeadership::Job::Settlement)) {
            Q_EMIT idle(m_engine->watermark().settledThrough()); // another process settles
            return;
        }
        const QDate stored = m_engine->watermark().settledThrough();
        settled = stored;
        if (stored.isValid() && through > stored) {
            // From here on every process's usage intake refuses these days (its own writer's
            // turn reads the claim), so the days' usage is complete when it is read.
            TransactionGuard claim(*m_db);
            m_engine->watermark().claim(through);
            claim.commit();
        }
        for (QDate day = settled.addDays(1); settled.isValid() && day <= through;
             day = day.addDays(1)) {
            const SettlementEngine::DayResult result = m_engine->settleDay(day, at, &m_stop);
            if (!result.complete)
                break;
            settled = day;
            Q_EMIT daySettled(day, result.accountIds);
        }
        if (settled > stored)
            m_engine->advanceWatermark(settled); // the empty days at the end of the run
    } catch (const std::exception &failure) {    // StorageError, or the wallet's own
        qCWarning(lcSettlement) << "settlement stopped, retried soon:" << failure.what();
    }
    Q_EMIT idle(settled);
}

} // namespace billing::server
