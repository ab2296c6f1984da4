#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QString>

namespace billing::server {

// The one SQLite connection of the server: opens the file, sets the pragmas, migrates the
// schema and runs transactions. The server is single-threaded, so this is the only writer.
class SqliteDatabase final : public Database
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (creating if absent) and migrates; false with *error on failure.
    bool open(const QString &path, QString *error);
    // How long a statement waits for another connection's write (the settlement thread's).
    static constexpr int kBusyTimeoutMs = 5000;
    int schemaVersion() const override;

protected:
    QStringList beginStatements() const override;
    QString closingStatement() const override;

private:
    void migrate();
};

} // namespace billing::server
