#include "SettlementEngine.h"

#include "BillingDay.h"
#include "SqliteDatabase.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace billing::server {

Q_LOGGING_CATEGORY(lcSettlement, "billing.server.settlement")

SettlementEngine::SettlementEngine(SqliteDatabase &db, const BillingCatalogue &catalogue,
                                   WalletCharging *wallet)
    : m_db(db)
    , m_settler(db, catalogue, wallet)
    , m_watermark(db.handle())
    , m_accounts(db.handle(), QStringLiteral("SELECT id, site FROM accounts ORDER BY id"))
{}

SettlementEngine::DayResult SettlementEngine::settleDay(const QDate &day, const QDateTime &at,
                                                        const std::atomic_bool *stop)
{
    DayResult result;
    QElapsedTimer timer;
    timer.start();
    if (m_beforeDay)
        m_beforeDay(day);
    QList<QPair<QString, QString>> accounts;
    m_accounts.exec();
    while (m_accounts.next())
        accounts.append({m_accounts.text(0), m_accounts.text(1)});
    m_accounts.finish();
    int lines = 0;
    for (const auto &[accountId, site] : std::as_const(accounts)) {
        if (stop && stop->load())
            return result;
        const AccountDaySettler::Result settled = m_settler.settle(accountId, site, day, at);
        if (settled.settled)
            result.accountIds.append(accountId);
        lines += settled.lines;
    }
    {
        TransactionGuard transaction(m_db);
        m_watermark.advance(day);
        transaction.commit();
    }
    result.complete = true;
    qCInfo(lcSettlement) << "settled" << billingday::text(day) << "for" << result.accountIds.size()
                         << "accounts," << lines << "lines in" << timer.elapsed() << "ms";
    return result;
}

} // namespace billing::server
