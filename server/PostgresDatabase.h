#pragma once

#include "Database.h"
#include "DatabaseLocation.h"

namespace billing::server {

// A connection to the server's PostgreSQL database (issue 22), through Qt SQL's QPSQL driver;
// statements then run on libpq (PostgresStatement). Opening migrates the schema
// (PostgresSchema) under an advisory lock, so processes that start together migrate once.
class PostgresDatabase final : public Database
{
public:
    PostgresDatabase() = default;
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    // Connects and migrates; false with *error on failure. The password comes from
    // PGPASSWORD or the pgpass file: libpq reads them itself.
    bool open(const DatabaseLocation &location, QString *error);
    int schemaVersion() const override;

    // pg_advisory_xact_lock key held while migrating ("billing" in ASCII).
    static constexpr qint64 kMigrationLock = 0x62696c6c696e67;
    // The one taken by every write transaction ("writer"), as SQLite's BEGIN IMMEDIATE.
    static constexpr qint64 kWriterLock = 0x777269746572;

protected:
    QStringList beginStatements() const override;

private:
    void migrate();
};

} // namespace billing::server
