#include "SqliteDatabase.h"

#include "Logging.h"
#include "SchemaMigrations.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "WriterTurns.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace billing::server {
namespace {
// A statement that may fail halfway through changing several rows (a workspace update fires
// the sync clock's triggers) saves the pages it changes in a statement journal. Once one
// statement has written 64 KiB to it, SQLite moves the journal to a temporary file, which then
// serves every later statement of the transaction: a batch of 1 000 settlement changes paid a
// pwrite() for each page its updates touched, a quarter of its time. A statement changes a few
// pages; a large one (a purge) keeps up to this much in memory.
constexpr int kStatementJournalInMemoryBytes = 16 * 1024 * 1024;

// sqlite3_config() holds only before SQLite initialises, which the first connection of the
// process does.
void configureLibraryOnce()
{
    static const bool configured = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemoryBytes);
        if (rc != SQLITE_OK)
            qCInfo(lcDb) << "SQLite was initialised before the server could configure it:"
                         << sqlite3_errstr(rc);
        return rc == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, QString *error)
{
    configureLibraryOnce();
    if (!addConnection(QStringLiteral("QSQLITE"), error))
        return false;
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

QString SqliteDatabase::closingStatement() const
{
    return QStringLiteral("PRAGMA optimize");
}

int SqliteDatabase::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StorageError(QStringLiteral("cannot read the schema version"));
    return query.value(0).toInt();
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

QStringList SqliteDatabase::beginStatements() const
{
    // IMMEDIATE: take the write lock now, not at the first write, so a transaction never
    // fails half way because the settlement thread's connection wrote meanwhile.
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

} // namespace billing::server
