#pragma once

#include "AccountDaySettler.h"
#include "SettlementWatermark.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <functional>

namespace billing::server {

// Settles whole billing days on one connection (the worker's, or the server's own while the
// demo is seeded): the day of every account with usage that day, in short transactions, then
// the watermark. Days are settled in order and each at most once per account (see
// AccountDaySettler). An account without usage on a day gets no settled_days row: the
// watermark alone says that day is settled for it.
class SettlementEngine
{
public:
    // Runs before a day is settled, on this engine's connection (the sandbox's demo usage).
    using BeforeDay = std::function<void(const QDate &day)>;

    SettlementEngine(Database &db, const BillingCatalogue &catalogue, WalletCharging *wallet);

    void setBeforeDay(BeforeDay hook) { m_beforeDay = std::move(hook); }
    // `stop` is read between accounts and between an account's chunks; when it is set the day
    // is left unfinished (the watermark stays) and the rest is settled by the next run.
    struct DayResult {
        QStringList accountIds; // the accounts settled by this run, in order
        bool complete = false;  // every account settled (the watermark moved when any was)
    };
    DayResult settleDay(const QDate &day, const QDateTime &at,
                        const std::atomic_bool *stop = nullptr);
    SettlementWatermark &watermark() { return m_watermark; }
    void advanceWatermark(const QDate &day); // in its own transaction

private:
    Database &m_db;
    AccountDaySettler m_settler;
    SettlementWatermark m_watermark;
    SqlStatement m_accounts;
    SqlStatement m_hasUsage;
    BeforeDay m_beforeDay;
};

} // namespace billing::server
