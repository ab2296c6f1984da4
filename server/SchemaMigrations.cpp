#include "SchemaMigrations.h"

namespace billing::server {
namespace {
// Times are INTEGER seconds since the epoch (UTC). Workspaces page by their rowid alias
// `seq`, which is also creation order.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            company TEXT NOT NULL,
            site TEXT NOT NULL,
            has_billing_center_account INTEGER NOT NULL DEFAULT 0,
            granted_methods TEXT NOT NULL DEFAULT '',
            password_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE account_ali_uids (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            ali_uid TEXT NOT NULL,
            PRIMARY KEY (account_id, ali_uid)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX sessions_expiry ON sessions(expires_at)"),
        QStringLiteral(R"(CREATE TABLE verification_codes (
            email_key TEXT PRIMARY KEY,
            code_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE instances (
            instance_id TEXT PRIMARY KEY,
            ali_uid TEXT NOT NULL,
            product_code TEXT NOT NULL,
            sku_id TEXT NOT NULL,
            order_biz_id TEXT NOT NULL UNIQUE,
            order_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('opened','expired','released')),
            trial INTEGER NOT NULL,
            expired_on INTEGER,
            template TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE workspaces (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_fold TEXT NOT NULL,
            site TEXT NOT NULL,
            language TEXT NOT NULL,
            method TEXT NOT NULL,
            aliyun_account_id TEXT,
            instance_id TEXT REFERENCES instances(instance_id),
            since INTEGER NOT NULL,
            last_user_change_at INTEGER,
            status TEXT NOT NULL CHECK (status IN ('active','lock_pending','locked')),
            lock_at INTEGER,
            version INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX workspaces_account ON workspaces(account_id, seq)"),
        QStringLiteral("CREATE INDEX workspaces_site ON workspaces(account_id, site, seq)"),
        QStringLiteral("CREATE INDEX workspaces_method ON workspaces(account_id, method, seq)"),
        QStringLiteral("CREATE INDEX workspaces_status ON workspaces(account_id, status, seq)"),
        QStringLiteral("CREATE INDEX workspaces_instance ON workspaces(instance_id) "
                       "WHERE instance_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX workspaces_lock_due ON workspaces(lock_at) "
                       "WHERE status = 'lock_pending'"),
        QStringLiteral(R"(CREATE TABLE mails (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            recipient_key TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX mails_account ON mails(account_id, seq) "
                       "WHERE account_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX mails_recipient ON mails(recipient_key, seq)"),
        QStringLiteral(R"(CREATE TABLE idempotency (
            scope TEXT NOT NULL,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            body_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            body BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (scope, method, path, idem_key)))"),
        QStringLiteral("CREATE INDEX idempotency_age ON idempotency(created_at)"),
    };
}

// Issue 16: the settlement history. Append-only (the triggers refuse any UPDATE or DELETE);
// every workspace that exists gets one `created` event with its settlement as it is now.
// The account's log pages newest first by time, then by `seq` (the rowid alias, the order
// written): its index ends in `at` and, implicitly, the rowid, so a page, a period and its
// count are one index range each. A workspace's own events are a chain: the workspace
// names its newest (last_event_seq) and each event the one before it (prev_seq). An index
// on workspace_id would be written at a random place for every event of a bulk apply and
// doubled its cost; the chain costs nothing, since the workspace row is written anyway.
// Event ids are random, never looked up, and not indexed for the same reason.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            account_id TEXT NOT NULL,
            workspace_id TEXT NOT NULL,
            workspace_name TEXT NOT NULL,
            at INTEGER NOT NULL,
            actor_kind TEXT NOT NULL CHECK (actor_kind IN ('user','marketplace','system')),
            actor_name TEXT NOT NULL DEFAULT '',
            event TEXT NOT NULL,
            reason TEXT NOT NULL,
            from_method TEXT,
            from_aliyun_account_id TEXT,
            from_instance_id TEXT,
            from_since INTEGER,
            to_method TEXT,
            to_aliyun_account_id TEXT,
            to_instance_id TEXT,
            to_since INTEGER,
            from_status TEXT,
            to_status TEXT,
            lock_at INTEGER,
            request_id TEXT,
            prev_seq INTEGER))"),
        QStringLiteral("CREATE INDEX events_account ON events(account_id, at)"),
        QStringLiteral("ALTER TABLE workspaces ADD COLUMN last_event_seq INTEGER"),
        QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        QStringLiteral(R"(INSERT INTO events (id, account_id, workspace_id, workspace_name, at,
                actor_kind, event, reason, to_method, to_aliyun_account_id, to_instance_id,
                to_since, to_status, lock_at)
            SELECT 'ev_' || lower(hex(randomblob(8))), account_id, id, name, created_at,
                'system', 'created', 'history_started', method, aliyun_account_id, instance_id,
                since, status, lock_at
            FROM workspaces ORDER BY seq)"),
        QStringLiteral("CREATE INDEX migration_events_workspace ON events(workspace_id)"),
        QStringLiteral("UPDATE workspaces SET last_event_seq = "
                       "(SELECT seq FROM events WHERE events.workspace_id = workspaces.id)"),
        QStringLiteral("DROP INDEX migration_events_workspace"),
    };
}
} // namespace

const QList<QStringList> &SchemaMigrations::all()
{
    static const QList<QStringList> migrations{version1(), version2()};
    return migrations;
}

} // namespace billing::server
