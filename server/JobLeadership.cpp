#include "JobLeadership.h"

#include "Logging.h"
#include "SqlStatement.h"

namespace billing::server {
namespace {
constexpr qint64 kKeyBase = qint64(0x62696c6c) << 32; // "bill", then the job's number
}

JobLeadership::JobLeadership(const QSqlDatabase &db)
    : m_db(db)
    , m_postgres(SqlStatement::isPostgres(db))
{}

qint64 JobLeadership::keyOf(Job job)
{
    return kKeyBase + int(job);
}

bool JobLeadership::leads(Job job)
{
    if (!m_postgres || m_held.contains(int(job)))
        return true;
    SqlStatement attempt(m_db, QStringLiteral("SELECT pg_try_advisory_lock(CAST(? AS BIGINT))"));
    attempt.bind(0, keyOf(job)).exec();
    const bool won = attempt.next() && attempt.integer(0) == 1;
    attempt.finish();
    if (won) {
        m_held.insert(int(job));
        qCInfo(lcDb) << "this process now leads job" << int(job);
    }
    return won;
}

void JobLeadership::resign(Job job)
{
    if (!m_postgres || !m_held.remove(int(job)))
        return;
    SqlStatement release(m_db, QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS BIGINT))"));
    release.bind(0, keyOf(job)).exec();
    release.finish();
}

} // namespace billing::server
