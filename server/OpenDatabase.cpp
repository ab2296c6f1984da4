#include "OpenDatabase.h"

#include "PostgresDatabase.h"
#include "SqlStatement.h"
#include "SqliteDatabase.h"
#include "StorageError.h"
#include "WriterTurns.h"

#include <QSqlQuery>

namespace billing::server {
namespace {
std::unique_ptr<Database> openSqlite(const QString &path, ConnectionRole role, QString *error)
{
    auto db = std::make_unique<SqliteDatabase>();
    if (!db->open(path, error))
        return nullptr;
    if (role == ConnectionRole::Background) {
        // A day of 100 000 workspaces writes some 150 MB of lines and indexes: a larger page
        // cache than the server's keeps the indexes it keeps adding to in memory.
        QSqlQuery(db->handle()).exec(QStringLiteral("PRAGMA cache_size = -131072"));
        // Between its chunks this connection steps aside for the requests waiting to write.
        try {
            WriterTurns::install(SqlStatement::connectionOf(db->handle()),
                                 WriterTurns::kBackground);
        } catch (const StorageError &failure) {
            *error = QString::fromUtf8(failure.what());
            return nullptr;
        }
    }
    return db;
}
} // namespace

std::unique_ptr<Database> openDatabase(const DatabaseLocation &location, ConnectionRole role,
                                       QString *error)
{
    if (!location.isPostgres())
        return openSqlite(location.path, role, error);
    auto db = std::make_unique<PostgresDatabase>();
    if (!db->open(location, error))
        return nullptr;
    return db;
}

} // namespace billing::server
