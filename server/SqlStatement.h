#pragma once

#include "StatementEngine.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace billing::server {

// A prepared statement that throws StorageError on failure, so callers never forget a check.
// Keep one per query as a member and reuse it: the engine then skips re-parsing the SQL.
// It runs on the engine's own API (SQLite's or libpq) on the connection Qt SQL opened; the
// SQL is written once for both, with `?` placeholders.
class SqlStatement
{
public:
    // `generatedKey` names the column an INSERT generates (e.g. "seq"), for lastInsertId():
    // SQLite reports the rowid, PostgreSQL returns the column (`RETURNING`).
    SqlStatement(const QSqlDatabase &db, const QString &sql, const QString &generatedKey = {});
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Null QVariants bind SQL NULL; a null QString or QByteArray binds an empty value.
    SqlStatement &bind(int position, const QVariant &value)
    {
        m_engine->bind(position, value);
        return *this;
    }
    void exec() { m_engine->exec(); }        // runs with the values bound since the last exec
    bool next() { return m_engine->next(); } // advances to the next result row
    QVariant value(int column) const { return m_engine->value(column); }
    QString text(int column) const { return m_engine->text(column); }
    QByteArray bytes(int column) const { return m_engine->bytes(column); }
    qint64 integer(int column) const { return m_engine->integer(column); }
    QDateTime time(int column) const; // NULL gives an invalid time
    int rowsAffected() const { return m_engine->rowsAffected(); }
    qint64 lastInsertId() const { return m_engine->lastInsertId(); }
    void finish() { m_engine->finish(); } // ends reading rows early (releases the snapshot)

    static QVariant fromTime(const QDateTime &time); // seconds since the epoch, or NULL
    static QVariant textOrNull(const QString &text); // NULL for an empty text
    static QVariant rowidOrNull(qint64 rowid);       // NULL for 0 (no row)
    // The SQLite connection under an open QSQLITE database; throws StorageError otherwise.
    static sqlite3 *connectionOf(const QSqlDatabase &db);
    static bool isPostgres(const QSqlDatabase &db);

private:
    std::unique_ptr<StatementEngine> m_engine;
};

} // namespace billing::server
