#include "LoginFailureLog.h"

namespace billing::server {
namespace {
QString mapKey(LoginFailureLog::Kind kind, const QString &key)
{
    return QString::number(int(kind)) + u':' + key;
}
} // namespace

QList<QDateTime> MemoryLoginFailureLog::after(Kind kind, const QString &key, const QDateTime &since)
{
    const auto found = m_failures.find(mapKey(kind, key));
    if (found == m_failures.end())
        return {};
    found->removeIf([&](const QDateTime &at) { return at <= since; });
    if (found->isEmpty()) {
        m_failures.erase(found);
        return {};
    }
    return *found;
}

void MemoryLoginFailureLog::add(Kind kind, const QString &key, const QDateTime &at)
{
    m_failures[mapKey(kind, key)].append(at);
}

void MemoryLoginFailureLog::forgetUpTo(const QDateTime &cutoff)
{
    m_failures.removeIf([&](const auto &entry) {
        const QList<QDateTime> &times = entry.value();
        return times.isEmpty() || times.last() <= cutoff;
    });
}

SqlLoginFailureLog::SqlLoginFailureLog(const QSqlDatabase &db)
    : m_after(db, QStringLiteral("SELECT at FROM login_failures WHERE kind = ? AND key = ? "
                                 "AND at > ? ORDER BY at"))
    , m_add(db, QStringLiteral("INSERT INTO login_failures (kind, key, at) VALUES (?, ?, ?)"))
    , m_forget(db, QStringLiteral("DELETE FROM login_failures WHERE at <= ?"))
{}

QList<QDateTime> SqlLoginFailureLog::after(Kind kind, const QString &key, const QDateTime &since)
{
    m_after.bind(0, int(kind)).bind(1, key).bind(2, SqlStatement::fromTime(since)).exec();
    QList<QDateTime> times;
    while (m_after.next())
        times.append(m_after.time(0));
    return times;
}

void SqlLoginFailureLog::add(Kind kind, const QString &key, const QDateTime &at)
{
    m_add.bind(0, int(kind)).bind(1, key).bind(2, SqlStatement::fromTime(at)).exec();
}

void SqlLoginFailureLog::forgetUpTo(const QDateTime &cutoff)
{
    m_forget.bind(0, SqlStatement::fromTime(cutoff)).exec();
}

} // namespace billing::server
