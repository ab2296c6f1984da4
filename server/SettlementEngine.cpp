#include "SettlementEngine.h"

#include "BillingDay.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <ctime>

namespace billing::server {
namespace {
// CPU time of the calling thread: on a shared machine the wall time of a day says little.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}
} // namespace

Q_LOGGING_CATEGORY(lcSettlement, "billing.server.settlement")

SettlementEngine::SettlementEngine(Database &db, const BillingCatalogue &catalogue,
                                   WalletCharging *wallet)
    : m_db(db)
    , m_settler(db, catalogue, wallet)
    , m_watermark(db.handle())
    , m_accounts(db.handle(), QStringLiteral("SELECT id, site FROM accounts ORDER BY id"))
    , m_hasUsage(db.handle(),
                 QStringLiteral("SELECT 1 FROM usage WHERE account_id = ? AND day = ? LIMIT 1"))
{}

SettlementEngine::DayResult SettlementEngine::settleDay(const QDate &day, const QDateTime &at,
                                                        const std::atomic_bool *stop)
{
    DayResult result;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    if (m_beforeDay)
        m_beforeDay(day);
    const QString dayText = billingday::text(day);
    QList<QPair<QString, QString>> accounts;
    m_accounts.exec();
    while (m_accounts.next()) {
        const QString accountId = m_accounts.text(0);
        m_hasUsage.bind(0, accountId).bind(1, dayText).exec();
        if (m_hasUsage.next())
            accounts.append({accountId, m_accounts.text(1)});
        m_hasUsage.finish();
    }
    m_accounts.finish();
    if (!accounts.isEmpty())
        qCInfo(lcSettlement) << "settling" << dayText << "for" << accounts.size() << "accounts";
    int lines = 0;
    for (const auto &[accountId, site] : std::as_const(accounts)) {
        if (stop && stop->load())
            return result;
        const AccountDaySettler::Result settled = m_settler.settle(accountId, site, day, at, stop);
        if (settled.stopped)
            return result;
        if (settled.settled)
            result.accountIds.append(accountId);
        lines += settled.lines;
    }
    // A day without usage leaves the watermark to the caller (advanceWatermark()), so that
    // a clock moved by years does not write once per empty day.
    if (!accounts.isEmpty()) {
        advanceWatermark(day);
        qCInfo(lcSettlement) << "settled" << dayText << "for" << result.accountIds.size()
                             << "accounts," << lines << "lines in" << timer.elapsed() << "ms (cpu"
                             << threadCpuMs() - cpuStart << "ms)";
    }
    result.complete = true;
    return result;
}

void SettlementEngine::advanceWatermark(const QDate &day)
{
    TransactionGuard transaction(m_db);
    m_watermark.advance(day);
    transaction.commit();
}

} // namespace billing::server
