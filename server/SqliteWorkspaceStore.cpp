#include "SqliteWorkspaceStore.h"

#include "SqlDialect.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "seq, id, account_id, name, site, language, method, aliyun_account_id, instance_id, since, "
    "last_user_change_at, status, lock_at, version, created_at, updated_at, last_event_seq, "
    "lock_reason, change_seq");

const QString kLatestChanges =
    QStringLiteral(" FROM workspace_changes c JOIN workspaces w ON w.seq = c.workspace_seq AND "
                   "w.change_seq = c.change_seq WHERE c.account_id = ? AND c.change_seq > ?");

// "a, b" → "w.a, w.b"
QString qualified(const QString &columns, const QString &prefix)
{
    return prefix + QString(columns).replace(QStringLiteral(", "), QStringLiteral(", ") + prefix);
}

// The marketplace binding as stored: the marketplace account (aliyun_account_id: the Alibaba
// or Huawei Cloud account) and the subscription (instance_id), whatever the method.
struct StoredBinding {
    QString aliyunAccountId;
    QString instanceId;
    bool operator==(const StoredBinding &) const = default;
};

StoredBinding storedBinding(const Workspace &ws)
{
    if (!isCloudMethod(ws.settlement.method))
        return {};
    return {ws.settlement.marketplaceAccount(), ws.settlement.subscription()};
}

enum FilterBits { SiteBit = 1, MethodBit = 2, StatusBit = 4, NameBit = 8, CountBit = 16 };
// Groups of columns that indexes cover; an UPDATE naming none of a group's columns leaves
// that group's indexes alone (SQLite decides by the SET list, not by the values).
enum IndexedColumns { MethodColumn = 1, BindingColumns = 2, StatusColumns = 4 };
} // namespace

SqliteWorkspaceStore::SqliteWorkspaceStore(const QSqlDatabase &db)
    : m_db(db)
    , m_insert(db,
               QStringLiteral("INSERT INTO workspaces (id, account_id, name, name_fold, site, "
                              "language, method, aliyun_account_id, instance_id, since, "
                              "last_user_change_at, status, lock_at, version, created_at, "
                              "updated_at, last_event_seq, lock_reason) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
               QStringLiteral("seq"))
    , m_byId(db,
             QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM workspaces WHERE id = ?"))
    // The ids as one JSON array parameter: one prepared statement for any batch size.
    , m_byIds(db, QStringLiteral("SELECT ") + kColumns
                      + QStringLiteral(" FROM workspaces WHERE id IN (SELECT value FROM ")
                      + SqlDialect(db).jsonTexts(QStringLiteral("?")) + u')')
    , m_boundTo(db, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM workspaces WHERE instance_id = ? ORDER BY seq"))
    , m_countBound(db, QStringLiteral("SELECT count(*) FROM workspaces WHERE instance_id = ? "
                                      "AND account_id = ?"))
    , m_countBoundAll(db, QStringLiteral("SELECT count(*) FROM workspaces WHERE instance_id = ?"))
    , m_dueLocks(db, QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM workspaces WHERE status = 'lock_pending' "
                                          "AND lock_at <= ?"))
    // A log entry counts while it is its workspace's latest change (migration 7).
    , m_changedSince(db, QStringLiteral("SELECT ") + qualified(kColumns, QStringLiteral("w."))
                             + kLatestChanges + QStringLiteral(" ORDER BY c.change_seq LIMIT ?"))
    , m_countChangedSince(db, QStringLiteral("SELECT count(*)") + kLatestChanges)
    , m_syncClock(db, QStringLiteral("SELECT epoch, %1 FROM sync_clock WHERE id = 1")
                          .arg(SqlDialect(db).syncClockValue()))
{
    if (SqlDialect(db).ticksClockRow())
        m_tickSyncClock.emplace(
            db, QStringLiteral("UPDATE sync_clock SET value = value + 1 WHERE id = 1"));
}

SqliteWorkspaceStore::~SqliteWorkspaceStore() = default;

void SqliteWorkspaceStore::insert(StoredWorkspace &stored)
{
    const Workspace &ws = stored.workspace;
    const StoredBinding binding = storedBinding(ws);
    m_insert.bind(0, ws.id)
        .bind(1, stored.accountId)
        .bind(2, ws.name)
        .bind(3, ws.name.toCaseFolded())
        .bind(4, ws.site)
        .bind(5, ws.language)
        .bind(6, billing::toWire(ws.settlement.method))
        .bind(7, SqlStatement::textOrNull(binding.aliyunAccountId))
        .bind(8, SqlStatement::textOrNull(binding.instanceId))
        .bind(9, SqlStatement::fromTime(ws.settlement.since))
        .bind(10, SqlStatement::fromTime(stored.lastUserChangeAt))
        .bind(11, billing::toWire(ws.status))
        .bind(12, SqlStatement::fromTime(ws.lockAt))
        .bind(13, ws.version)
        .bind(14, SqlStatement::fromTime(ws.createdAt))
        .bind(15, SqlStatement::fromTime(ws.updatedAt))
        .bind(16, SqlStatement::rowidOrNull(stored.lastEventSeq))
        .bind(17, SqlStatement::textOrNull(billing::toWire(ws.lockReason)))
        .exec();
    stored.seq = m_insert.lastInsertId();
    touched();
}

SqlStatement &SqliteWorkspaceStore::updateStatement(int changedColumns)
{
    auto it = m_updates.find(changedColumns);
    if (it != m_updates.end())
        return **it;
    // change_seq set here rather than by the trigger (whose WHEN then fails): one write of
    // the row instead of two.
    QString sql = QStringLiteral("UPDATE workspaces SET since = ?, last_user_change_at = ?, "
                                 "version = ?, updated_at = ?, last_event_seq = ?, "
                                 "change_seq = ")
                  + SqlDialect(m_db).nextChange();
    if (changedColumns & MethodColumn)
        sql += QStringLiteral(", method = ?");
    if (changedColumns & BindingColumns)
        sql += QStringLiteral(", aliyun_account_id = ?, instance_id = ?");
    if (changedColumns & StatusColumns)
        sql += QStringLiteral(", status = ?, lock_at = ?, lock_reason = ?");
    sql += QStringLiteral(" WHERE seq = ?"); // the rowid: no index lookup by id
    auto statement = std::make_shared<SqlStatement>(m_db, sql);
    m_updates.insert(changedColumns, statement);
    return *statement;
}

void SqliteWorkspaceStore::update(const StoredWorkspace &stored, const StoredWorkspace &before)
{
    const Workspace &ws = stored.workspace;
    const Workspace &old = before.workspace;
    const int changed =
        (ws.settlement.method != old.settlement.method ? MethodColumn : 0)
        | (storedBinding(ws) != storedBinding(old) ? BindingColumns : 0)
        | (ws.status != old.status || ws.lockAt != old.lockAt || ws.lockReason != old.lockReason
               ? StatusColumns
               : 0);
    QVariantList values{SqlStatement::fromTime(ws.settlement.since),
                        SqlStatement::fromTime(stored.lastUserChangeAt), ws.version,
                        SqlStatement::fromTime(ws.updatedAt),
                        SqlStatement::rowidOrNull(stored.lastEventSeq)};
    if (changed & MethodColumn)
        values << billing::toWire(ws.settlement.method);
    if (changed & BindingColumns) {
        const StoredBinding binding = storedBinding(ws);
        values << SqlStatement::textOrNull(binding.aliyunAccountId)
               << SqlStatement::textOrNull(binding.instanceId);
    }
    if (changed & StatusColumns)
        values << billing::toWire(ws.status) << SqlStatement::fromTime(ws.lockAt)
               << SqlStatement::textOrNull(billing::toWire(ws.lockReason));
    values << stored.seq;
    SqlStatement &statement = updateStatement(changed);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i, values.at(i));
    if (m_tickSyncClock)
        m_tickSyncClock->exec();
    statement.exec();
    touched();
}

StoredWorkspace SqliteWorkspaceStore::readRow(const SqlStatement &row)
{
    StoredWorkspace stored;
    stored.seq = row.integer(0);
    stored.accountId = row.text(2);
    Workspace &ws = stored.workspace;
    ws.id = row.text(1);
    ws.name = row.text(3);
    ws.site = row.text(4);
    ws.language = row.text(5);
    ws.settlement.method =
        settlementMethodFromWire(row.text(6)).value_or(SettlementMethod::BillingCenter);
    ws.settlement.setMarketplaceBinding(row.text(7), row.text(8));
    ws.settlement.since = row.time(9);
    stored.lastUserChangeAt = row.time(10);
    ws.status = workspaceStatusFromWire(row.text(11)).value_or(WorkspaceStatus::Active);
    ws.lockAt = row.time(12);
    ws.version = row.integer(13);
    ws.createdAt = row.time(14);
    ws.updatedAt = row.time(15);
    stored.lastEventSeq = row.integer(16);
    ws.lockReason = lockReasonFromWire(row.text(17)).value_or(LockReason::None);
    stored.changeSeq = row.integer(18);
    return stored;
}

QList<StoredWorkspace> SqliteWorkspaceStore::readRows(SqlStatement &statement, int expected)
{
    statement.exec();
    QList<StoredWorkspace> rows;
    rows.reserve(expected);
    while (statement.next())
        rows.append(readRow(statement));
    statement.finish();
    return rows;
}

std::optional<StoredWorkspace> SqliteWorkspaceStore::findById(const QString &id)
{
    m_byId.bind(0, id).exec();
    std::optional<StoredWorkspace> found;
    if (m_byId.next())
        found = readRow(m_byId);
    m_byId.finish();
    return found;
}

QList<StoredWorkspace> SqliteWorkspaceStore::findByIds(const QStringList &ids)
{
    QList<StoredWorkspace> found;
    if (ids.isEmpty())
        return found;
    found.reserve(ids.size());
    m_byIds
        .bind(0, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)))
        .exec();
    while (m_byIds.next())
        found.append(readRow(m_byIds));
    m_byIds.finish();
    return found;
}

SqlStatement &SqliteWorkspaceStore::filtered(Kind kind, const WorkspaceFilter &filter)
{
    const int shape = (filter.site ? SiteBit : 0) | (filter.method ? MethodBit : 0)
                      | (filter.status ? StatusBit : 0)
                      | (filter.nameFolded.isEmpty() ? 0 : NameBit)
                      | (kind == Kind::Count ? CountBit : 0);
    auto it = m_filtered.find(shape);
    if (it != m_filtered.end())
        return **it;
    QString sql = kind == Kind::Count
                      ? QStringLiteral("SELECT count(*) FROM workspaces")
                      : QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM workspaces");
    sql += QStringLiteral(" WHERE account_id = ?");
    if (filter.site)
        sql += QStringLiteral(" AND site = ?");
    if (filter.method)
        sql += QStringLiteral(" AND method = ?");
    if (filter.status)
        sql += QStringLiteral(" AND status = ?");
    if (!filter.nameFolded.isEmpty())
        sql += QStringLiteral(" AND ")
               + SqlDialect(m_db).containsText(QStringLiteral("name_fold"), QStringLiteral("?"));
    if (kind == Kind::List)
        sql += QStringLiteral(" AND seq > ? ORDER BY seq LIMIT ?");
    auto statement = std::make_shared<SqlStatement>(m_db, sql);
    m_filtered.insert(shape, statement);
    return *statement;
}

int SqliteWorkspaceStore::bindFilter(SqlStatement &statement, const QString &accountId,
                                     const WorkspaceFilter &filter)
{
    int position = 0;
    statement.bind(position++, accountId);
    if (filter.site)
        statement.bind(position++, *filter.site);
    if (filter.method)
        statement.bind(position++, billing::toWire(*filter.method));
    if (filter.status)
        statement.bind(position++, billing::toWire(*filter.status));
    if (!filter.nameFolded.isEmpty())
        statement.bind(position++, filter.nameFolded);
    return position;
}

QList<StoredWorkspace> SqliteWorkspaceStore::changedSince(const QString &accountId,
                                                          qint64 afterChangeSeq, int limit)
{
    m_changedSince.bind(0, accountId).bind(1, afterChangeSeq).bind(2, limit);
    return readRows(m_changedSince, limit);
}

qint64 SqliteWorkspaceStore::countChangedSince(const QString &accountId, qint64 afterChangeSeq)
{
    m_countChangedSince.bind(0, accountId).bind(1, afterChangeSeq).exec();
    const qint64 total = m_countChangedSince.next() ? m_countChangedSince.integer(0) : 0;
    m_countChangedSince.finish();
    return total;
}

QPair<QString, qint64> SqliteWorkspaceStore::syncClock()
{
    m_syncClock.exec();
    QPair<QString, qint64> clock;
    if (m_syncClock.next())
        clock = {m_syncClock.text(0), m_syncClock.integer(1)};
    m_syncClock.finish();
    return clock;
}

QList<StoredWorkspace> SqliteWorkspaceStore::list(const QString &accountId,
                                                  const WorkspaceFilter &filter, qint64 afterSeq,
                                                  int limit)
{
    SqlStatement &statement = filtered(Kind::List, filter);
    const int position = bindFilter(statement, accountId, filter);
    statement.bind(position, afterSeq).bind(position + 1, limit);
    return readRows(statement, limit);
}

qint64 SqliteWorkspaceStore::count(const QString &accountId, const WorkspaceFilter &filter)
{
    const QString key = accountId + u'\x1f' + filter.site.value_or(QString()) + u'\x1f'
                        + (filter.method ? billing::toWire(*filter.method) : QString()) + u'\x1f'
                        + (filter.status ? billing::toWire(*filter.status) : QString()) + u'\x1f'
                        + filter.nameFolded;
    // On PostgreSQL other processes write too, unseen by m_generation: count every time.
    const bool cache = !SqlStatement::isPostgres(m_db);
    const auto cached = m_counts.constFind(key);
    if (cache && cached != m_counts.constEnd() && cached->generation == m_generation)
        return cached->total;
    SqlStatement &statement = filtered(Kind::Count, filter);
    bindFilter(statement, accountId, filter);
    statement.exec();
    const qint64 total = statement.next() ? statement.integer(0) : 0;
    statement.finish();
    if (!cache)
        return total;
    if (m_counts.size() > 1000)
        m_counts.clear();
    m_counts.insert(key, CachedCount{m_generation, total});
    return total;
}

QList<StoredWorkspace> SqliteWorkspaceStore::boundTo(const QString &instanceId)
{
    m_boundTo.bind(0, instanceId);
    return readRows(m_boundTo);
}

qint64 SqliteWorkspaceStore::countBoundTo(const QString &instanceId, const QString &accountId)
{
    SqlStatement &statement = accountId.isEmpty() ? m_countBoundAll : m_countBound;
    statement.bind(0, instanceId);
    if (!accountId.isEmpty())
        statement.bind(1, accountId);
    statement.exec();
    const qint64 total = statement.next() ? statement.integer(0) : 0;
    statement.finish();
    return total;
}

QList<StoredWorkspace> SqliteWorkspaceStore::dueLocks(const QDateTime &now)
{
    // Every request asks this, so it must stay on the partial index workspaces_lock_due: an
    // ORDER BY seq in the SQL makes SQLite scan the whole table instead. Sorted here.
    m_dueLocks.bind(0, SqlStatement::fromTime(now));
    QList<StoredWorkspace> due = readRows(m_dueLocks, 0);
    std::sort(due.begin(), due.end(),
              [](const StoredWorkspace &a, const StoredWorkspace &b) { return a.seq < b.seq; });
    return due;
}

} // namespace billing::server
