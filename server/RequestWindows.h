#pragma once

#include "SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace billing::server {

// The requests AddressRateLimiter counts: per address, in fixed windows that begin with the
// first request after the previous window ended.
class RequestWindows
{
public:
    struct Window {
        QDateTime start;
        qint64 requests = 0;
    };
    virtual ~RequestWindows() = default;

    // Counts one request at `now` and returns its window: the address's current one, or a new
    // one from `now` when that is `windowSeconds` old or more, or starts after `now` (only the
    // sandbox clock can move back).
    virtual Window count(const QString &address, const QDateTime &now, qint64 windowSeconds) = 0;
    // Drops the windows that started at or before `cutoff`.
    virtual void forgetUpTo(const QDateTime &cutoff) = 0;
};

// In the process: the one SQLite process counts alone.
class MemoryRequestWindows final : public RequestWindows
{
public:
    Window count(const QString &address, const QDateTime &now, qint64 windowSeconds) override;
    void forgetUpTo(const QDateTime &cutoff) override;

private:
    QHash<QString, Window> m_windows;
};

// In the database (request_windows, UNLOGGED on PostgreSQL), so that the processes sharing a
// PostgreSQL database count an address's requests together (issue 22). A request is one
// autocommit upsert: atomic without the writer lock.
class SqlRequestWindows final : public RequestWindows
{
public:
    explicit SqlRequestWindows(const QSqlDatabase &db);
    Window count(const QString &address, const QDateTime &now, qint64 windowSeconds) override;
    void forgetUpTo(const QDateTime &cutoff) override;

private:
    SqlStatement m_count;
    SqlStatement m_forget;
};

} // namespace billing::server
