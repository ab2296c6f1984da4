#include "SqliteEventStore.h"

#include "SqlDialect.h"

#include "SecureRandom.h"

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "seq, id, account_id, workspace_id, workspace_name, at, actor_kind, actor_name, event, "
    "reason, from_method, from_aliyun_account_id, from_instance_id, from_since, to_method, "
    "to_aliyun_account_id, to_instance_id, to_since, from_status, to_status, lock_at, "
    "request_id");

// One workspace's events (its id bound first): from its newest event back along prev_seq.
const QString kChain = QStringLiteral(
    "WITH RECURSIVE chain(seq) AS (SELECT last_event_seq FROM workspaces WHERE id = ? "
    "UNION ALL SELECT events.prev_seq FROM events JOIN chain ON events.seq = chain.seq "
    "WHERE events.prev_seq IS NOT NULL) ");

// Newest first: by time, then by the order written. A page continues after the event
// (at, seq) of the cursor.
const QString kBefore = QStringLiteral(" AND (at < ? OR (at = ? AND seq < ?)) "
                                       "ORDER BY at DESC, seq DESC LIMIT ?");

enum FilterBits {
    SinceBit = 1,
    UntilBit = 2,
    WorkspaceBit = 4,
    ActorKindBit = 8,
    ActorNameBit = 16,
    EventBit = 32,
    CountBit = 64
};

int shapeOf(const AuditFilter &filter)
{
    return (filter.since.isValid() ? SinceBit : 0) | (filter.until.isValid() ? UntilBit : 0)
           | (filter.workspaceId.isEmpty() ? 0 : WorkspaceBit)
           | (filter.actorKind ? ActorKindBit : 0)
           | (filter.actorKind && !filter.actorName.isEmpty() ? ActorNameBit : 0)
           | (filter.event ? EventBit : 0);
}

// Binds the four columns of a settlement (method, marketplace account and subscription, since)
// from `position`.
void bindSettlement(SqlStatement &statement, int position, const std::optional<Settlement> &value)
{
    if (!value) {
        for (int i = 0; i < 4; ++i)
            statement.bind(position + i, SqlStatement::textOrNull({}));
        return;
    }
    const bool cloud = isCloudMethod(value->method);
    statement.bind(position, billing::toWire(value->method))
        .bind(position + 1,
              SqlStatement::textOrNull(cloud ? value->marketplaceAccount() : QString()))
        .bind(position + 2, SqlStatement::textOrNull(cloud ? value->subscription() : QString()))
        .bind(position + 3, SqlStatement::fromTime(value->since));
}

std::optional<Settlement> readSettlement(const SqlStatement &row, int position)
{
    const auto method = settlementMethodFromWire(row.text(position));
    if (!method)
        return std::nullopt;
    Settlement settlement;
    settlement.method = *method;
    settlement.setMarketplaceBinding(row.text(position + 1), row.text(position + 2));
    settlement.since = row.time(position + 3);
    return settlement;
}

// Times are stored in whole seconds; a filter or an event compared in memory must be too.
QDateTime wholeSeconds(const QDateTime &time)
{
    return time.isValid() ? QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC) : time;
}

QVariant statusText(const std::optional<WorkspaceStatus> &status)
{
    return SqlStatement::textOrNull(status ? billing::toWire(*status) : QString());
}
} // namespace

SqliteEventStore::SqliteEventStore(const QSqlDatabase &db)
    : m_db(db)
    , m_insert(db,
               QStringLiteral("INSERT INTO events (id, account_id, workspace_id, "
                              "workspace_name, at, actor_kind, actor_name, event, reason, "
                              "from_method, from_aliyun_account_id, from_instance_id, "
                              "from_since, to_method, to_aliyun_account_id, to_instance_id, "
                              "to_since, from_status, to_status, lock_at, request_id, "
                              "prev_seq) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
               QStringLiteral("seq"))
    , m_atOf(db, QStringLiteral("SELECT at FROM events WHERE seq = ?"))
{}

SqliteEventStore::~SqliteEventStore() = default;

void SqliteEventStore::append(StoredEvent &stored)
{
    SettlementEvent &event = stored.event;
    event.id = SecureRandom::prefixedId(QStringLiteral("ev_"));
    m_insert.bind(0, event.id)
        .bind(1, stored.accountId)
        .bind(2, event.workspaceId)
        .bind(3, event.workspaceName)
        .bind(4, SqlStatement::fromTime(event.at))
        .bind(5, billing::toWire(event.actor.kind))
        .bind(6, event.actor.name())
        .bind(7, billing::toWire(event.event))
        .bind(8, billing::toWire(event.reason));
    bindSettlement(m_insert, 9, event.from);
    bindSettlement(m_insert, 13, event.to);
    m_insert.bind(17, statusText(event.fromStatus))
        .bind(18, statusText(event.toStatus))
        .bind(19, SqlStatement::fromTime(event.lockAt))
        .bind(20, SqlStatement::textOrNull(event.requestId))
        .bind(21, SqlStatement::rowidOrNull(stored.prevSeq))
        .exec();
    stored.seq = m_insert.lastInsertId();
    const auto counts = m_counts.find(stored.accountId);
    if (counts == m_counts.end())
        return;
    SettlementEvent asStored = event;
    asStored.at = wholeSeconds(event.at);
    for (CachedCount &count : *counts) {
        if (count.filter.matches(asStored))
            ++count.total;
    }
}

StoredEvent SqliteEventStore::readRow(const SqlStatement &row)
{
    StoredEvent stored;
    stored.seq = row.integer(0);
    stored.accountId = row.text(2);
    SettlementEvent &event = stored.event;
    event.id = row.text(1);
    event.workspaceId = row.text(3);
    event.workspaceName = row.text(4);
    event.at = row.time(5);
    event.actor.kind = actorKindFromWire(row.text(6)).value_or(ActorKind::System);
    if (event.actor.kind == ActorKind::User)
        event.actor.username = row.text(7);
    else if (event.actor.kind == ActorKind::Marketplace)
        event.actor.marketplace = row.text(7);
    event.event = eventKindFromWire(row.text(8)).value_or(EventKind::SettlementChanged);
    event.reason = eventReasonFromWire(row.text(9)).value_or(EventReason::UserChange);
    event.from = readSettlement(row, 10);
    event.to = readSettlement(row, 14);
    event.fromStatus = workspaceStatusFromWire(row.text(18));
    event.toStatus = workspaceStatusFromWire(row.text(19));
    event.lockAt = row.time(20);
    event.requestId = row.text(21);
    return stored;
}

QList<StoredEvent> SqliteEventStore::readRows(SqlStatement &statement)
{
    statement.exec();
    QList<StoredEvent> rows;
    while (statement.next())
        rows.append(readRow(statement));
    statement.finish();
    return rows;
}

void SqliteEventStore::bindBefore(SqlStatement &statement, int position, qint64 beforeSeq,
                                  int limit)
{
    qint64 at = std::numeric_limits<qint64>::max();
    qint64 seq = std::numeric_limits<qint64>::max();
    if (beforeSeq > 0) {
        m_atOf.bind(0, beforeSeq).exec();
        // A cursor naming no event (it cannot come from this server) ends the list.
        at = m_atOf.next() ? m_atOf.integer(0) : std::numeric_limits<qint64>::min();
        m_atOf.finish();
        seq = beforeSeq;
    }
    statement.bind(position, at)
        .bind(position + 1, at)
        .bind(position + 2, seq)
        .bind(position + 3, limit);
}

SqlStatement &SqliteEventStore::filtered(Kind kind, const AuditFilter &filter)
{
    const int shape = shapeOf(filter) | (kind == Kind::Count ? CountBit : 0);
    auto it = m_filtered.find(shape);
    if (it != m_filtered.end())
        return **it;
    // One workspace's events are few: they come from its chain, not from the account's log.
    QString sql = shape & WorkspaceBit ? kChain : QString();
    sql += kind == Kind::Count
               ? QStringLiteral("SELECT count(*) FROM events")
               : QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events");
    // With a workspace, `+` keeps SQLite off the account's index: it would read the whole
    // account's log in time order rather than the chain's few rowids.
    const QString account = QStringLiteral("account_id");
    sql += QStringLiteral(" WHERE ")
           + (shape & WorkspaceBit ? SqlDialect(m_db).noIndex(account) : account)
           + QStringLiteral(" = ?");
    if (shape & SinceBit)
        sql += QStringLiteral(" AND at >= ?");
    if (shape & UntilBit)
        sql += QStringLiteral(" AND at < ?");
    if (shape & WorkspaceBit)
        sql += QStringLiteral(" AND seq IN (SELECT seq FROM chain)");
    if (shape & ActorKindBit)
        sql += QStringLiteral(" AND actor_kind = ?");
    if (shape & ActorNameBit)
        sql += QStringLiteral(" AND actor_name = ?");
    if (shape & EventBit)
        sql += QStringLiteral(" AND event = ?");
    if (kind == Kind::List)
        sql += kBefore;
    auto statement = std::make_shared<SqlStatement>(m_db, sql);
    m_filtered.insert(shape, statement);
    return *statement;
}

int SqliteEventStore::bindFilter(SqlStatement &statement, const QString &accountId,
                                 const AuditFilter &filter)
{
    int position = 0;
    if (!filter.workspaceId.isEmpty())
        statement.bind(position++, filter.workspaceId); // the chain's, first in the SQL
    statement.bind(position++, accountId);
    if (filter.since.isValid())
        statement.bind(position++, SqlStatement::fromTime(filter.since));
    if (filter.until.isValid())
        statement.bind(position++, SqlStatement::fromTime(filter.until));
    if (filter.actorKind) {
        statement.bind(position++, billing::toWire(*filter.actorKind));
        if (!filter.actorName.isEmpty())
            statement.bind(position++, filter.actorName);
    }
    if (filter.event)
        statement.bind(position++, billing::toWire(*filter.event));
    return position;
}

QList<StoredEvent> SqliteEventStore::audit(const QString &accountId, const AuditFilter &filter,
                                           qint64 beforeSeq, int limit)
{
    SqlStatement &statement = filtered(Kind::List, filter);
    bindBefore(statement, bindFilter(statement, accountId, filter), beforeSeq, limit);
    return readRows(statement);
}

qint64 SqliteEventStore::countAudit(const QString &accountId, const AuditFilter &filter)
{
    AuditFilter asStored = filter;
    asStored.since = wholeSeconds(filter.since);
    asStored.until = wholeSeconds(filter.until);
    QList<CachedCount> &counts = m_counts[accountId];
    for (const CachedCount &count : std::as_const(counts)) {
        if (count.filter == asStored)
            return count.total;
    }
    SqlStatement &statement = filtered(Kind::Count, asStored);
    bindFilter(statement, accountId, asStored);
    statement.exec();
    const qint64 total = statement.next() ? statement.integer(0) : 0;
    statement.finish();
    // One workspace's chain is cheap to count: kept, it would only push out costly totals. On
    // PostgreSQL other processes append too, unseen by append(): nothing is kept there.
    if (!asStored.workspaceId.isEmpty() || SqlStatement::isPostgres(m_db))
        return total;
    if (counts.size() >= kCountsPerAccount)
        counts.removeFirst(); // the oldest filter asked for
    counts.append({asStored, total});
    return total;
}

} // namespace billing::server
