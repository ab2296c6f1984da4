#pragma once

// What the schema parity test compares: each kind of fact read from each engine's catalogue as
// one line of text per fact, in the same words on both, so a difference reads as a line that
// one engine has and the other has not. SQLite's types are named as PostgreSQL's by the
// mapping the schema promises (INTEGER -> bigint, BLOB -> bytea); a primary key column counts
// as NOT NULL (PostgreSQL's always is; SQLite only refuses NULL there when the key is a rowid
// alias or the table is WITHOUT ROWID, and the server never writes one).
#include <QString>

#include <array>

namespace billing::test {

struct SchemaFacts {
    const char *kind;
    QString sqlite;
    QString postgres;
};

inline const QString kSqliteTables =
    QStringLiteral("FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'");
inline const QString kPostgresSchema =
    QStringLiteral("t.relnamespace = current_schema()::regnamespace");

inline const std::array kSchemaFacts{
    SchemaFacts{"tables", QStringLiteral("SELECT 'table ' || m.name ") + kSqliteTables,
                QStringLiteral("SELECT 'table ' || t.relname FROM pg_class t WHERE t.relkind = 'r' "
                               "AND ")
                    + kPostgresSchema},
    SchemaFacts{
        "columns",
        QStringLiteral(R"(SELECT 'column ' || m.name || '.' || (c.cid + 1) || ' ' || c.name || ' '
            || CASE lower(c.type) WHEN 'integer' THEN 'bigint' WHEN 'blob' THEN 'bytea'
                   ELSE lower(c.type) END
            || CASE WHEN c."notnull" OR c.pk > 0 THEN ' not null' ELSE '' END
            || ' default ' || COALESCE(c.dflt_value, '-')
            FROM sqlite_master m, pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%')"),
        QStringLiteral(R"(SELECT 'column ' || table_name || '.'
                || row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position)
            || ' ' || column_name || ' ' || data_type
            || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
            || ' default ' || COALESCE(regexp_replace(column_default, '::\w+$', ''), '-')
            FROM information_schema.columns WHERE table_schema = current_schema())")},
    // Constraints' own indexes count as the constraint they serve: SQLite's are named
    // sqlite_autoindex_*, PostgreSQL's *_pkey and *_key, and a rowid alias has none.
    SchemaFacts{"keys and indexes",
                QStringLiteral(R"(SELECT 'primary key ' || t || '(' || group_concat(col, ',') || ')'
            FROM (SELECT m.name AS t, c.name AS col FROM sqlite_master m,
                      pragma_table_info(m.name) c
                  WHERE m.type = 'table' AND c.pk > 0 ORDER BY m.name, c.pk)
            GROUP BY t
            UNION ALL
            SELECT CASE i.origin WHEN 'u' THEN 'unique ' ELSE 'index ' || i.name || ' on ' END
                || m.name || '(' || (SELECT group_concat(name, ',') FROM
                    (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno)) || ')'
                || CASE WHEN i."unique" AND i.origin = 'c' THEN ' unique' ELSE '' END
                || CASE WHEN i.partial THEN ' where ' || substr(x.sql, instr(x.sql, ' WHERE ') + 7)
                        ELSE '' END
            FROM sqlite_master m JOIN pragma_index_list(m.name) i
                LEFT JOIN sqlite_master x ON x.type = 'index' AND x.name = i.name
            WHERE m.type = 'table' AND i.origin <> 'pk')"),
                QStringLiteral(
                    R"(SELECT CASE con.contype WHEN 'p' THEN 'primary key ' WHEN 'u' THEN 'unique '
                    ELSE 'index ' || i.relname || ' on ' END || t.relname
                || '(' || (SELECT string_agg(pg_get_indexdef(ix.indexrelid, k, true), ','
                                             ORDER BY k)
                           FROM generate_series(1, ix.indnatts) k) || ')'
                || CASE WHEN ix.indisunique AND con.oid IS NULL THEN ' unique' ELSE '' END
                || CASE WHEN ix.indpred IS NULL THEN '' ELSE ' where ' || regexp_replace(
                       regexp_replace(pg_get_expr(ix.indpred, ix.indrelid), '::text', '', 'g'),
                       '^\((.*)\)$', '\1') END
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid
                JOIN pg_class t ON t.oid = ix.indrelid
                LEFT JOIN pg_constraint con ON con.conindid = ix.indexrelid
                    AND con.contype IN ('p', 'u')
            WHERE )")
                    + kPostgresSchema},
    SchemaFacts{
        "foreign keys",
        QStringLiteral(R"(SELECT 'foreign key ' || m.name || '(' || f."from" || ') references '
                || f."table" || '(' || f."to" || ') on delete ' || lower(f.on_delete)
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table')"),
        QStringLiteral(R"(SELECT 'foreign key ' || t.relname || '(' || a.attname || ') references '
                || r.relname || '(' || ra.attname || ') on delete ' || CASE c.confdeltype
                    WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict'
                    WHEN 'd' THEN 'set default' ELSE 'no action' END
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_class r ON r.oid = c.confrelid
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
            WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND )")
            + kPostgresSchema},
    // SQLite keeps a CHECK only in its CREATE TABLE text: their number per table.
    SchemaFacts{
        "checks",
        QStringLiteral("SELECT 'checks ' || m.name || ' ' "
                       "|| ((length(m.sql) - length(replace(m.sql, 'CHECK (', ''))) / 7) ")
            + kSqliteTables + QStringLiteral(" AND m.sql LIKE '%CHECK (%'"),
        QStringLiteral("SELECT 'checks ' || t.relname || ' ' || count(*) FROM pg_constraint "
                       "c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'c' AND ")
            + kPostgresSchema + QStringLiteral(" GROUP BY t.relname")},
    // sync_clock_written_back is PostgreSQL's own (PostgresSchema, version 10);
    // tst_postgres_sync_clock checks it.
    SchemaFacts{"triggers",
                QStringLiteral("SELECT 'trigger ' || name || ' on ' || tbl_name FROM sqlite_master "
                               "WHERE type = 'trigger'"),
                QStringLiteral("SELECT 'trigger ' || tg.tgname || ' on ' || t.relname FROM "
                               "pg_trigger tg JOIN pg_class t ON t.oid = tg.tgrelid WHERE NOT "
                               "tg.tgisinternal AND tg.tgname <> 'sync_clock_written_back' AND ")
                    + kPostgresSchema},
};

} // namespace billing::test
