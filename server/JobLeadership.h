#pragma once

#include <QSet>
#include <QSqlDatabase>

namespace billing::server {

// Work that must run in one process at a time (issue 22): of the billing-center processes
// sharing a PostgreSQL database, the one holding a job's session-level advisory lock leads
// it, and keeps it until its connection ends (a killed process's session ends with it, and
// the next process to ask takes over). On SQLite one process owns the file: it leads all.
class JobLeadership
{
public:
    enum class Job {
        Settlement = 1, // settling billing days (the settlement thread's connection)
        Sweeps,         // lock countdowns, voucher expiry, wallet checks
        Purge,          // expired sessions, idempotency records, the change log
        Metering,       // pushing metering records to the marketplaces
    };

    explicit JobLeadership(const QSqlDatabase &db);

    // True when this process leads `job` (asking PostgreSQL once, then remembering).
    bool leads(Job job);
    // Lets another process take `job` (its lock released on this connection).
    void resign(Job job);

    // The advisory lock key of `job`, in a range of the server's own.
    static qint64 keyOf(Job job);

private:
    QSqlDatabase m_db;
    bool m_postgres;
    QSet<int> m_held;
};

} // namespace billing::server
