#include "PostgresDatabase.h"

#include "Logging.h"
#include "PostgresSchema.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace billing::server {

PostgresDatabase::~PostgresDatabase()
{
    close();
}

bool PostgresDatabase::open(const DatabaseLocation &location, QString *error)
{
    if (!addConnection(QStringLiteral("QPSQL"), error)) {
        *error += QStringLiteral(" (Debian: libqt6sql6-psql)");
        return false;
    }
    m_db.setHostName(location.host);
    m_db.setPort(location.port);
    m_db.setUserName(location.user);
    m_db.setDatabaseName(location.database);
    m_db.setConnectOptions(location.connectOptions.join(u';'));
    if (!m_db.open()) {
        *error = m_db.lastError().text().trimmed();
        return false;
    }
    try {
        execute(QStringLiteral("SET client_min_messages = warning"));
        migrate();
    } catch (const StorageError &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    qCInfo(lcDb) << "connected to" << location.display();
    return true;
}

int PostgresDatabase::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        throw StorageError(QStringLiteral("cannot read the schema version"));
    return query.value(0).toInt();
}

QStringList PostgresDatabase::beginStatements() const
{
    // Writers of every process take turns, as on SQLite: the server reads a row, checks it
    // and writes it in one transaction (versions, idempotency keys, the sync clock, the
    // ledger's next number), which READ COMMITTED alone would let two processes interleave.
    // Reads take no transaction and run in parallel.
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock)};
}

void PostgresDatabase::migrate()
{
    // One transaction for every pending version: PostgreSQL's DDL is transactional, and the
    // lock makes a second process that starts now wait, then find the schema current.
    TransactionGuard transaction(*this);
    execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
    execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    execute(QStringLiteral("INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS "
                           "(SELECT 1 FROM schema_version)"));
    const int current = schemaVersion();
    const auto &migrations = PostgresSchema::migrations();
    if (current > migrations.size())
        throw StorageError(QStringLiteral("database schema %1 is newer than this server (%2)")
                               .arg(current)
                               .arg(migrations.size()));
    for (int version = current; version < migrations.size(); ++version) {
        for (const QString &statement : migrations.at(version))
            execute(statement);
        execute(QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1));
        qCInfo(lcDb) << "database schema migrated to version" << version + 1;
    }
    transaction.commit();
}

} // namespace billing::server
