#include "RequestWindows.h"

#include "StorageError.h"

namespace billing::server {
namespace {
constexpr qsizetype kCleanupThreshold = 10000;
}

RequestWindows::Window MemoryRequestWindows::count(const QString &address, const QDateTime &now,
                                                   qint64 windowSeconds)
{
    if (m_windows.size() > kCleanupThreshold)
        forgetUpTo(now.addSecs(-windowSeconds));
    Window &window = m_windows[address];
    const qint64 age = window.start.isValid() ? window.start.secsTo(now) : windowSeconds;
    if (age >= windowSeconds || age < 0)
        window = {now, 0};
    ++window.requests;
    return window;
}

void MemoryRequestWindows::forgetUpTo(const QDateTime &cutoff)
{
    m_windows.removeIf([&](const auto &entry) { return entry.value().start <= cutoff; });
}

// In an upsert's SET both engines read the row as it was: both CASEs see the old start.
SqlRequestWindows::SqlRequestWindows(const QSqlDatabase &db)
    : m_count(db, QStringLiteral(R"(INSERT INTO request_windows (address, started_at, requests)
        VALUES (?, ?, 1)
        ON CONFLICT (address) DO UPDATE SET
            started_at = CASE WHEN excluded.started_at - request_windows.started_at
                    NOT BETWEEN 0 AND ? THEN excluded.started_at
                ELSE request_windows.started_at END,
            requests = CASE WHEN excluded.started_at - request_windows.started_at
                    NOT BETWEEN 0 AND ? THEN 1
                ELSE request_windows.requests + 1 END
        RETURNING started_at, requests)"))
    , m_forget(db, QStringLiteral("DELETE FROM request_windows WHERE started_at <= ?"))
{}

RequestWindows::Window SqlRequestWindows::count(const QString &address, const QDateTime &now,
                                                qint64 windowSeconds)
{
    m_count.bind(0, address)
        .bind(1, SqlStatement::fromTime(now))
        .bind(2, windowSeconds - 1)
        .bind(3, windowSeconds - 1)
        .exec();
    if (!m_count.next())
        throw StorageError(QStringLiteral("request_windows: the upsert returned no row"));
    const Window window{m_count.time(0), m_count.integer(1)};
    m_count.finish();
    return window;
}

void SqlRequestWindows::forgetUpTo(const QDateTime &cutoff)
{
    m_forget.bind(0, SqlStatement::fromTime(cutoff)).exec();
}

} // namespace billing::server
