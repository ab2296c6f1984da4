#pragma once

#include "Transactional.h"

#include <QSqlDatabase>
#include <QString>

namespace billing::server {

// The one SQLite connection of the server: opens the file, sets the pragmas, migrates the
// schema and runs transactions. The server is single-threaded, so this is the only writer.
class SqliteDatabase : public Transactional
{
public:
    SqliteDatabase();
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (creating if absent) and migrates; false with *error on failure.
    bool open(const QString &path, QString *error);
    // How long a statement waits for another connection's write (the settlement thread's).
    static constexpr int kBusyTimeoutMs = 5000;
    void close();
    QSqlDatabase handle() const { return m_db; }
    int schemaVersion() const;

    void begin() override;
    void commit() override;
    void rollback() override;
    bool markedForRollback() const override { return m_depth > 0 && m_rollbackOnly; }

private:
    void execute(const QString &sql);
    void migrate();

    QString m_connectionName;
    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

} // namespace billing::server
