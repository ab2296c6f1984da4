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
// Issue 17: money. Days are Beijing-time calendar days as 'YYYY-MM-DD' text (they sort and
// range by month as text); amounts are integer cents, prices integer micros, quantities
// integers in 1/10 000 (billing.md: no floating point on money). Each group of tables has
// one owner: usage and bills (the settlement engine), the wallet and its ledger, metering.
// The bill aggregates are written in the same transaction as the lines they sum, so a
// statement or a month's workspace totals never scan the lines.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE usage (
            account_id TEXT NOT NULL,
            day TEXT NOT NULL,
            workspace_seq INTEGER NOT NULL,
            item TEXT NOT NULL,
            quantity_e4 INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, day, workspace_seq, item)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE bill_lines (
            seq INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            day TEXT NOT NULL,
            workspace_seq INTEGER NOT NULL,
            workspace_id TEXT NOT NULL,
            workspace_name TEXT NOT NULL,
            site TEXT NOT NULL,
            item TEXT NOT NULL,
            quantity_e4 INTEGER NOT NULL,
            unit INTEGER NOT NULL,
            unit_price_micros INTEGER NOT NULL,
            currency TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            payer_method TEXT NOT NULL,
            payer_instance TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL
                CHECK (status IN ('charged','pending_push','pushed','push_failed')),
            UNIQUE (account_id, day, workspace_seq, item)))"),
        QStringLiteral("CREATE INDEX bill_lines_workspace ON bill_lines(workspace_seq, day)"),
        QStringLiteral("CREATE INDEX bill_lines_instance ON bill_lines(payer_instance, day) "
                       "WHERE payer_instance <> ''"),
        QStringLiteral(R"(CREATE TABLE bill_day_totals (
            account_id TEXT NOT NULL,
            day TEXT NOT NULL,
            payer_method TEXT NOT NULL,
            payer_instance TEXT NOT NULL,
            site TEXT NOT NULL,
            item TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            quantity_e4 INTEGER NOT NULL,
            lines INTEGER NOT NULL,
            PRIMARY KEY (account_id, day, payer_method, payer_instance, site, item))
            WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE bill_workspace_months (
            account_id TEXT NOT NULL,
            month TEXT NOT NULL,
            workspace_seq INTEGER NOT NULL,
            item TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            PRIMARY KEY (account_id, month, workspace_seq, item)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE settled_days (
            account_id TEXT NOT NULL,
            day TEXT NOT NULL,
            settled_at INTEGER NOT NULL,
            charged_cents INTEGER NOT NULL,
            PRIMARY KEY (account_id, day)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE settlement_watermark (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            settled_through TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE wallets (
            account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            cash_cents INTEGER NOT NULL DEFAULT 0,
            arrears_since INTEGER,
            low_balance_mailed INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE vouchers (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL,
            remaining_cents INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            granted_at INTEGER NOT NULL,
            expired INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX vouchers_account ON vouchers(account_id, expires_at)"),
        QStringLiteral(R"(CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN
                ('recharge','voucher_granted','voucher_expired','charge','refund')),
            amount_cents INTEGER NOT NULL,
            balance_after_cents INTEGER NOT NULL,
            cash_after_cents INTEGER NOT NULL,
            from_vouchers_cents INTEGER NOT NULL DEFAULT 0,
            voucher_id TEXT,
            day TEXT))"),
        QStringLiteral("CREATE INDEX ledger_account ON ledger(account_id, at)"),
        QStringLiteral("CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger "
                       "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"),
        QStringLiteral("CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger "
                       "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"),
        QStringLiteral("ALTER TABLE workspaces ADD COLUMN lock_reason TEXT"),
        QStringLiteral("UPDATE workspaces SET lock_reason = 'subscription_expired' "
                       "WHERE status <> 'active'"),
        QStringLiteral(R"(CREATE TABLE metering_records (
            seq INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            instance_id TEXT NOT NULL,
            day TEXT NOT NULL,
            start_time INTEGER NOT NULL,
            end_time INTEGER NOT NULL,
            entities TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending_push','pushed','push_failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            deadline INTEGER NOT NULL,
            last_error TEXT,
            pushed_at INTEGER,
            UNIQUE (instance_id, day)))"),
        QStringLiteral("CREATE INDEX metering_account ON metering_records(account_id, day)"),
        QStringLiteral("CREATE INDEX metering_due ON metering_records(next_attempt_at) "
                       "WHERE status = 'pending_push'"),
        QStringLiteral(R"(CREATE TABLE market_metering (
            instance_id TEXT NOT NULL,
            start_time INTEGER NOT NULL,
            end_time INTEGER NOT NULL,
            entities TEXT NOT NULL,
            accepted_at INTEGER NOT NULL,
            PRIMARY KEY (instance_id, start_time, end_time)) WITHOUT ROWID)"),
    };
}

// Issue 18: every marketplace's subscriptions live in `instances` (marketplaces.md). The status
// CHECK of version 1 cannot change in place, so a subscription the marketplace has not
// confirmed yet is `opened` with `pending` = 1. `owner_account_id` is the account that claimed
// an AWS or Azure subscription. `marketplace_messages` keeps the ids of callbacks already
// taken (SNS MessageId, Huawei nonce, Azure operation id) so a replay changes nothing;
// `market_usage` is what the sandbox markets accepted.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE instances ADD COLUMN marketplace TEXT NOT NULL "
                       "DEFAULT 'aliyun'"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN customer TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN plan_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN owner_account_id TEXT"),
        QStringLiteral("ALTER TABLE instances ADD COLUMN pending INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE instances SET customer = json_object('aliUid', ali_uid)"),
        QStringLiteral("CREATE INDEX instances_owner ON instances(owner_account_id) "
                       "WHERE owner_account_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE claim_codes (
            code_hash TEXT PRIMARY KEY,
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE marketplace_messages (
            marketplace TEXT NOT NULL,
            message_id TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY (marketplace, message_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE market_usage (
            marketplace TEXT NOT NULL,
            record_key TEXT NOT NULL,
            instance_id TEXT NOT NULL,
            record TEXT NOT NULL,
            accepted_at INTEGER NOT NULL,
            PRIMARY KEY (marketplace, record_key)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX market_usage_instance ON market_usage(marketplace, "
                       "instance_id, accepted_at)"),
    };
}

// Issue 19: wrong guesses of an e-mail verification code; the fifth ends the code.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE verification_codes ADD COLUMN wrong_tries INTEGER NOT NULL "
                       "DEFAULT 0"),
    };
}
// Issue 20: delta sync. Every insert or update of a workspace, whoever makes it (a user, a
// marketplace, the lock timer, the settlement thread's connection), takes the next value of
// one clock; `changedSince` lists an account's workspaces past a value. The epoch tells a
// token of this database from one of another.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE workspaces ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE sync_clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            epoch TEXT NOT NULL,
            value INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO sync_clock VALUES (1, lower(hex(randomblob(8))), "
                       "(SELECT COALESCE(MAX(seq), 0) FROM workspaces))"),
        QStringLiteral("UPDATE workspaces SET change_seq = seq"),
        QStringLiteral("CREATE INDEX workspaces_changes ON workspaces(account_id, change_seq)"),
        QStringLiteral(R"(CREATE TRIGGER workspaces_changed_insert AFTER INSERT ON workspaces
            BEGIN
                UPDATE sync_clock SET value = value + 1 WHERE id = 1;
                UPDATE workspaces SET change_seq = (SELECT value FROM sync_clock WHERE id = 1)
                    WHERE seq = NEW.seq;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER workspaces_changed_update AFTER UPDATE ON workspaces
            WHEN NEW.change_seq = OLD.change_seq
            BEGIN
                UPDATE sync_clock SET value = value + 1 WHERE id = 1;
                UPDATE workspaces SET change_seq = (SELECT value FROM sync_clock WHERE id = 1)
                    WHERE seq = NEW.seq;
            END)"),
    };
}
// Issue 20, loopback: the index (account_id, change_seq) moved an entry from a random page to
// the end on every change, which dirtied most of the index in each batch commit (+30 % on a
// 10 000-row bulk apply). Changes are now appended to a log instead, and a change listing
// keeps a log entry only while it is its workspace's latest (WorkspaceChangeLog prunes the
// others). The log's rowid is the clock value: appends only, in both of its trees.
QStringList version7()
{
    return {
        QStringLiteral("DROP INDEX workspaces_changes"),
        QStringLiteral(R"(CREATE TABLE workspace_changes (
            change_seq INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL,
            workspace_seq INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX workspace_changes_account ON "
                       "workspace_changes(account_id, change_seq, workspace_seq)"),
        QStringLiteral("INSERT INTO workspace_changes SELECT change_seq, account_id, seq "
                       "FROM workspaces"),
        QStringLiteral(R"(CREATE TRIGGER workspaces_change_logged
            AFTER UPDATE OF change_seq ON workspaces
            WHEN NEW.change_seq <> OLD.change_seq
            BEGIN
                INSERT INTO workspace_changes VALUES (NEW.change_seq, NEW.account_id, NEW.seq);
            END)"),
    };
}
// Issue 22, what several processes on one database share: the days the settlement has begun
// (read by every process's usage intake in its writer's turn) and the failed log-ins
// (LoginThrottle counts a guesser's attempts whichever process each reached).
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE settlement_watermark ADD COLUMN claimed_through TEXT"),
        QStringLiteral(R"(CREATE TABLE login_failures (
            kind INTEGER NOT NULL,
            key TEXT NOT NULL,
            at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX login_failures_key ON login_failures(kind, key, at)"),
    };
}
// Issue 22: the per-address request windows (AddressRateLimiter), shared by the processes on
// one PostgreSQL database. Counters only, lost without harm: UNLOGGED there (PostgresSchema).
QStringList version9()
{
    return {
        QStringLiteral(R"(CREATE TABLE request_windows (
            address TEXT PRIMARY KEY,
            started_at INTEGER NOT NULL,
            requests INTEGER NOT NULL) WITHOUT ROWID)"),
    };
}
// Issue 22: PostgreSQL counts a transaction's sync clock values in the transaction and writes
// the clock back once, at commit (PostgresSchema's statements of its own). SQLite updates the
// clock's row in place, so it has nothing to change: its version 10 is empty.
QStringList version10()
{
    return {};
}
// Issue 22: the metering builder asks for each subscription's first bill line of a day (ORDER
// BY seq LIMIT 1). SQLite's index already ends with the rowid, seq; PostgreSQL's did not, so
// its planner walked the whole table in seq order for a subscription whose lines came late
// (450 ms each at 600 000 lines, in the writer's turn). With seq in the index both engines
// read the first line from it.
QStringList version11()
{
    return {
        QStringLiteral("DROP INDEX bill_lines_instance"),
        QStringLiteral("CREATE INDEX bill_lines_instance ON bill_lines(payer_instance, day, seq) "
                       "WHERE payer_instance <> ''"),
    };
}
} // namespace

const QList<QStringList> &SchemaMigrations::all()
{
    static const QList<QStringList> migrations{version1(), version2(),  version3(), version4(),
                                               version5(), version6(),  version7(), version8(),
                                               version9(), version10(), version11()};
    return migrations;
}

} // namespace billing::server
