#include "SqliteDatabase.h"

#include "Logging.h"
#include "SchemaMigrations.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "WriterTurns.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace billing::server {
namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("billing-center-%1").arg(++counter);
}
} // namespace

SqliteDatabase::SqliteDatabase()
    : m_connectionName(nextConnectionName())
{}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    try {
        WriterTurns::install(SqlStatement::connectionOf(m_db), WriterTurns::kServer);
        execute(QStringLiteral("PRAGMA journal_mode = WAL"));
        execute(QStringLiteral("PRAGMA synchronous = FULL"));
        execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        // 64 MiB of page cache: 100 000 workspaces and their indexes stay in memory.
        execute(QStringLiteral("PRAGMA cache_size = -65536"));
        // Touch the file so a read-only or non-database path fails here, not on first use.
        execute(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        migrate();
    } catch (const StorageError &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    return true;
}

void SqliteDatabase::close()
{
    if (!m_db.isValid())
        return;
    if (m_db.isOpen()) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteDatabase::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StorageError(QStringLiteral("cannot read the schema version"));
    return query.value(0).toInt();
}

void SqliteDatabase::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        qCCritical(lcDb) << "statement failed:" << query.lastError().text() << "in" << sql;
        throw StorageError(query.lastError().text());
    }
}

void SqliteDatabase::migrate()
{
    const int current = schemaVersion();
    const auto &migrations = SchemaMigrations::all();
    if (current > migrations.size())
        throw StorageError(QStringLiteral("database schema %1 is newer than this server (%2)")
                               .arg(current)
                               .arg(migrations.size()));
    for (int version = current; version < migrations.size(); ++version) {
        TransactionGuard transaction(*this);
        for (const QString &statement : migrations.at(version))
            execute(statement);
        execute(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        transaction.commit();
        qCInfo(lcDb) << "database schema migrated to version" << version + 1;
    }
}

void SqliteDatabase::begin()
{
    if (m_depth == 0) {
        m_rollbackOnly = false;
        // Throws when the database stays locked (the settlement thread writes a large day):
        // then nothing has begun and the depth must stay 0.
        execute(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ++m_depth;
}

void SqliteDatabase::commit()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0)
        return;
    if (m_rollbackOnly) {
        execute(QStringLiteral("ROLLBACK"));
        throw StorageError(QStringLiteral("transaction was marked for rollback"));
    }
    try {
        execute(QStringLiteral("COMMIT"));
    } catch (const StorageError &) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SqliteDatabase::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace billing::server
