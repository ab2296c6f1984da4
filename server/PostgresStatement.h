#pragma once

#include "StatementEngine.h"

#include <QSqlDatabase>

#include <vector>

struct pg_conn;
struct pg_result;

namespace billing::server {

// A statement on libpq, on the connection Qt SQL's QPSQL driver opened: prepared once on the
// server under a name of its own, run with text parameters (binary for bytes), its rows read
// in text form. The SQL's `?` placeholders become `$1`, `$2`, … .
class PostgresStatement final : public StatementEngine
{
public:
    PostgresStatement(const QSqlDatabase &db, const QString &sql, const QString &generatedKey);
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // The libpq connection under an open QPSQL database; throws StorageError otherwise.
    static pg_conn *connectionOf(const QSqlDatabase &db);
    // `?` (and SQLite's `?NNN`) outside quotes and comments becomes `$N`; *count gets the
    // highest N.
    static QByteArray numberedPlaceholders(const QString &sql, int *count);

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
    [[noreturn]] void fail(const char *what, const QString &why) const;
    const char *cell(int column) const;

    QSqlDatabase m_database; // tells whether m_conn is still open when this is destroyed
    pg_conn *m_conn = nullptr;
    QByteArray m_name;
    QString m_sql;
    bool m_returnsKey = false;
    struct Parameter {
        QByteArray data;
        bool null = true;
        bool binary = false;
    };
    std::vector<Parameter> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace billing::server
