#pragma once

// A database of its own on the test suite's PostgreSQL (scripts/test starts a throwaway
// cluster and exports BILLING_TEST_POSTGRES_URL and PGPASSFILE): created fresh, dropped when
// this object goes, whatever the test did meanwhile.
#include <QString>

class QSqlDatabase;

namespace billing::test {

class PostgresTestDatabase
{
public:
    PostgresTestDatabase();
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    // Creates the database; false with *error (e.g. no BILLING_TEST_POSTGRES_URL).
    bool create(QString *error);
    // postgresql://USER@HOST:PORT/NAME of the created database (no password in it).
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    // Points a QPSQL connection at `url` (postgresql://USER@HOST:PORT/DB); libpq reads the
    // password from PGPASSFILE.
    static void configure(QSqlDatabase &db, const QString &url);

private:
    bool runOnServer(const QString &sql, QString *error) const;

    QString m_serverUrl; // BILLING_TEST_POSTGRES_URL: its maintenance database
    QString m_name;
    QString m_url;
};

} // namespace billing::test
