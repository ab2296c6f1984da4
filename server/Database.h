#pragma once

#include "Transactional.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace billing::server {

// One connection of the server to its database, whichever the engine: opens it, migrates
// the schema and runs transactions. Nested begin()/commit() pairs join the outer
// transaction; the engine only says how a transaction begins and how a statement runs.
class Database : public Transactional
{
public:
    ~Database() override = default;

    QSqlDatabase handle() const { return m_db; }
    virtual int schemaVersion() const = 0;
    bool isPostgres() const;
    // Closes the connection (the engine's closing statement first); safe to call twice.
    void close();

    void begin() override;
    void commit() override;
    void rollback() override;
    bool markedForRollback() const override { return m_depth > 0 && m_rollbackOnly; }

protected:
    Database();
    // Adds this object's Qt SQL connection on `driver`; false with *error when Qt SQL lacks it.
    bool addConnection(const QString &driver, QString *error);
    virtual QString closingStatement() const { return {}; }
    // Runs one statement; throws StorageError (and logs) on failure.
    void execute(const QString &sql);
    // Runs it and forgets a failure (a rollback of a transaction the engine already ended).
    void executeQuietly(const QString &sql);
    // What begins a write transaction: it must make writers take turns, as the server's
    // checks (versions, idempotency keys, the sync clock, the ledger's next number) assume.
    virtual QStringList beginStatements() const = 0;

    QSqlDatabase m_db;

private:
    QString m_connectionName; // unique in the process
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

} // namespace billing::server
