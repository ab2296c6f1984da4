#pragma once

#include "StatementEngine.h"

struct sqlite3;
struct sqlite3_stmt;

namespace billing::server {

// A statement on SQLite's own API, on the connection Qt SQL opened: a batch of 1 000 changes
// reads and writes thousands of values, and QSqlQuery's QVariant round trips cost a third of
// the time SQLite itself took (issue 8).
class SqliteStatement final : public StatementEngine
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, const QVariant &value) override;
    void exec() override;
    bool next() override;
    void finish() override;

    bool isNull(int column) const override;
    QVariant value(int column) const override;
    QString text(int column) const override;
    QByteArray bytes(int column) const override;
    qint64 integer(int column) const override;

    int rowsAffected() const override { return m_rowsAffected; }
    qint64 lastInsertId() const override { return m_lastInsertId; }

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
