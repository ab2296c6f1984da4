#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace billing::server {

// A prepared statement that throws StorageError on failure, so callers never forget a check.
// Keep one per query as a member and reuse it: SQLite then skips re-parsing the SQL.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(int position, const QVariant &value);
    void exec(); // runs with the values bound since the last exec
    bool next(); // advances to the next result row
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDateTime time(int column) const; // NULL gives an invalid time
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    void finish() { m_query.finish(); }

    static QVariant fromTime(const QDateTime &time); // seconds since the epoch, or NULL

private:
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace billing::server
