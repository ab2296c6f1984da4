#pragma once

#include "DatabaseLocation.h"
#include "JobLeadership.h"
#include "SettlementEngine.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace billing::server {

class Database;

// Lives on the settlement thread: opens its own connection to the server's database (on
// SQLite, WAL lets the server's connection read while a day is written) and settles days
// there, off the event loop that answers requests.
class SettlementWorker : public QObject
{
    Q_OBJECT
public:
    using BeforeDay = std::function<void(Database &db, const QDate &day)>;

    SettlementWorker(DatabaseLocation database, WalletCharging *wallet, BeforeDay beforeDay,
                     const std::atomic_bool &stop);
    ~SettlementWorker() override;

    // Settles every day after the watermark up to `through`, in order; `at` is the server's
    // time when the run was asked for. Emits daySettled per finished day, then idle.
    void settleThrough(const QDate &through, const QDateTime &at);

Q_SIGNALS:
    void daySettled(const QDate &day, const QStringList &accountIds);
    void idle(const QDate &settledThrough);

private:
    bool ensureOpen();

    DatabaseLocation m_database;
    WalletCharging *m_wallet;
    BeforeDay m_beforeDay;
    const std::atomic_bool &m_stop;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobLeadership> m_leadership; // of the days' settlement, on m_db
    std::unique_ptr<SettlementEngine> m_engine;
};

} // namespace billing::server
