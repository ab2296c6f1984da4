#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace billing::server {

// A prepared statement that throws StorageError on failure, so callers never forget a check.
// Keep one per query as a member and reuse it: SQLite then skips re-parsing the SQL.
// It runs on SQLite's own API, on the connection Qt SQL opened: a batch of 1 000 changes
// reads and writes thousands of values, and QSqlQuery's QVariant round trips cost a third
// of the time SQLite itself took (issue 8).
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Null QVariants bind SQL NULL; a null QString or QByteArray binds an empty value.
    SqlStatement &bind(int position, const QVariant &value);
    void exec(); // runs with the values bound since the last exec
    bool next(); // advances to the next result row
    QVariant value(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    QDateTime time(int column) const; // NULL gives an invalid time
    int rowsAffected() const { return m_rowsAffected; }
    qint64 lastInsertId() const { return m_lastInsertId; }
    void finish(); // ends reading rows early (releases the read snapshot)

    static QVariant fromTime(const QDateTime &time); // seconds since the epoch, or NULL
    static QVariant textOrNull(const QString &text); // NULL for an empty text
    static QVariant rowidOrNull(qint64 rowid);       // NULL for 0 (no row)
    // The SQLite connection under an open QSQLITE database; throws StorageError otherwise.
    static sqlite3 *connectionOf(const QSqlDatabase &db);

private:
    [[noreturn]] void fail(const char *what) const;
    void done();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    bool m_rowPending = false; // exec() stepped onto the first row; next() hands it out
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace billing::server
