#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace billing::server {

// Where the server keeps its data, from `--db`: a SQLite file (the default engine) or a
// PostgreSQL database named by `postgresql://USER@HOST:PORT/DB[?sslmode=…]`. A password is
// refused there: libpq reads it from PGPASSWORD or the pgpass file (~/.pgpass, PGPASSFILE),
// where other users of the machine cannot see it.
struct DatabaseLocation {
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL from here on
    int port = 5432;
    QString user; // empty: libpq's default (PGUSER, else the login name)
    QString database;
    QStringList connectOptions; // key=value, as QPSQL's setConnectOptions takes them

    // nullopt with *error naming what is wrong.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    bool isPostgres() const { return engine == Engine::Postgres; }
    // For logs and messages; holds no secret.
    QString display() const;
};

} // namespace billing::server
