#pragma once

#include "SqlStatement.h"

#include <QString>

namespace billing::server {

// The few SQL fragments SQLite and PostgreSQL spell differently, so that a statement is
// still written once and only the fragment is chosen by engine. SQLite's fragments are the
// text the statements had before PostgreSQL, so SQLite's plans stay as they were.
class SqlDialect
{
public:
    explicit SqlDialect(const QSqlDatabase &db)
        : m_postgres(SqlStatement::isPostgres(db))
    {}

    bool isPostgres() const { return m_postgres; }

    // A table of the texts of the JSON array `json`, in its column `value`.
    QString jsonTexts(const QString &json) const
    {
        return m_postgres ? QStringLiteral("json_array_elements_text(CAST(%1 AS json))").arg(json)
                          : QStringLiteral("json_each(%1)").arg(json);
    }
    // Lower-case hexadecimal digits of the integer `value`.
    QString hexOf(const QString &value) const
    {
        return m_postgres ? QStringLiteral("to_hex(%1)").arg(value)
                          : QStringLiteral("printf('%x', %1)").arg(value);
    }
    // The smaller of two values (NULL if either is NULL on SQLite; PostgreSQL skips NULLs).
    QString least(const QString &a, const QString &b) const
    {
        return QLatin1String(m_postgres ? "LEAST(%1, %2)" : "min(%1, %2)").arg(a, b);
    }
    // Whole days from the ISO day `from` to the ISO day `to` (texts).
    QString daysBetween(const QString &from, const QString &to) const
    {
        return m_postgres
                   ? QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to)
                   : QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
    }
    // The ISO day (text) `days` (an integer) before the ISO day `day`.
    QString daysBefore(const QString &day, const QString &days) const
    {
        return m_postgres
                   ? QStringLiteral("to_char(CAST(%1 AS date) - %2, 'YYYY-MM-DD')").arg(day, days)
                   : QStringLiteral("date(%1, '-' || %2 || ' days')").arg(day, days);
    }
    // `column`, kept from serving as an index key on SQLite (unary +); PostgreSQL's planner
    // weighs its indexes by statistics and rejects + on text.
    QString noIndex(const QString &column) const
    {
        return m_postgres ? column : QLatin1Char('+') + column;
    }
    // Whether the text `haystack` contains the text `needle` (case-sensitive on both).
    QString containsText(const QString &haystack, const QString &needle) const
    {
        return QLatin1String(m_postgres ? "strpos(%1, %2) > 0" : "instr(%1, %2) > 0")
            .arg(haystack, needle);
    }

    // The sync clock value the next workspace change takes. SQLite's clock row is ticked
    // first, by its own statement; PostgreSQL counts in the transaction (PostgresSchema,
    // version 10), so it has none to tick.
    QString nextChange() const
    {
        return m_postgres ? QStringLiteral("billing_next_change()")
                          : QStringLiteral("(SELECT value FROM sync_clock WHERE id = 1)");
    }
    bool ticksClockRow() const { return !m_postgres; }
    // The clock as this connection sees it, from sync_clock: on PostgreSQL, a transaction's own
    // changes are counted in a setting until its commit writes them back.
    QString syncClockValue() const
    {
        return m_postgres ? QStringLiteral("GREATEST(value, CAST(NULLIF(current_setting("
                                           "'billing.next_change', true), '') AS BIGINT))")
                          : QStringLiteral("value");
    }

private:
    bool m_postgres = false;
};

} // namespace billing::server
