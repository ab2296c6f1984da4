#pragma once

#include <QList>
#include <QStringList>

namespace billing::server {

// The schema on PostgreSQL 15: version N of migrations() creates there what version N of
// SchemaMigrations::all() creates on SQLite (same tables, columns in the same order, indexes,
// constraints, defaults, seed rows and trigger names; tests/server/tst_schema_parity holds
// them to it). It is derived from SchemaMigrations' statements, so no statement is written
// twice: a statement both engines accept is taken as it is, the others are rewritten by the
// rules in PostgresSchema.cpp (INTEGER -> BIGINT, a rowid alias -> an identity, BLOB -> BYTEA,
// WITHOUT ROWID dropped, SQLite's functions, a trigger -> a PL/pgSQL function of the same name
// and a trigger calling it, a table of counters that may be lost -> UNLOGGED). Like shipped
// migrations, shipped rules are never edited: a new SQLite construct gets a new rule, one
// that matches no shipped statement. A version may also have statements of PostgreSQL's own,
// where PostgreSQL needs a remedy SQLite does not (version 10: the sync clock is counted in
// each transaction and written back at commit); they add functions and a deferred trigger, no
// table, column or index, and SQLite's version of that number is empty.
//
// How the runner (PostgresDatabase) applies it: the version is the single row of
// `schema_version(version INTEGER NOT NULL)`, which the runner creates and no migration
// touches. In a transaction: SELECT pg_advisory_xact_lock(<the server's key>); CREATE TABLE IF
// NOT EXISTS schema_version, with its row 0 if it has none; read the version; for each version
// N from it on, execute N's statements in order and set the version to N + 1; COMMIT. Each
// version in a transaction of its own (taking the lock and reading the version again) serves as
// well as all pending ones in one: PostgreSQL's DDL is transactional, so a failure leaves the
// schema at a version boundary. The lock lasts until COMMIT or ROLLBACK, so of two servers
// starting at once one migrates and the other, let in afterwards, finds nothing left to do. A
// stored version above migrations().size() is refused, as on SQLite.
//
// Where PostgreSQL behaves otherwise by nature: an error (a trigger's RAISE included) fails
// the whole transaction, not the statement only; identities never hand out a freed value
// again; and a trigger's own statement may fire it again (SQLite's recursive_triggers is off),
// which the WHEN clauses of the workspace triggers stop as long as change_seq never runs
// ahead of sync_clock, as the server keeps it. And sync_clock's value moves at commit: inside
// a transaction that changed workspaces, the clock is billing_next_change's setting.
class PostgresSchema
{
public:
    static const QList<QStringList> &migrations();
};

} // namespace billing::server
