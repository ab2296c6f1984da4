#include "SqliteMeteringRecords.h"

#include <QJsonDocument>

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "SELECT seq, account_id, instance_id, day, start_time, end_time, entities, status, attempts, "
    "next_attempt_at, deadline, last_error, pushed_at FROM metering_records ");

// An account sees a record when its own workspaces' lines are in it (an instance may pay for
// workspaces of more than one account); ?2 and ?3 are the optional instance and month.
const QString kAccountFilter = QStringLiteral(
    "WHERE (account_id = ?1 OR EXISTS (SELECT 1 FROM bill_lines b WHERE b.payer_instance = "
    "metering_records.instance_id AND b.payer_instance <> '' AND b.day = metering_records.day "
    "AND b.account_id = ?1)) "
    "AND (?2 = '' OR instance_id = ?2) "
    "AND (?3 = '' OR (day >= ?3 || '-01' AND day < ?3 || '-99')) ");

QByteArray entitiesText(const QList<MeteringEntity> &entities)
{
    return QJsonDocument(entitiesJson(entities)).toJson(QJsonDocument::Compact);
}
} // namespace

SqliteMeteringRecords::SqliteMeteringRecords(const QSqlDatabase &db)
    : m_upsert(db, QStringLiteral(
                       "INSERT INTO metering_records (account_id, instance_id, day, start_time, "
                       "end_time, entities, status, attempts, next_attempt_at, deadline) "
                       "VALUES (?,?,?,?,?,?,'pending_push',0,?,?) "
                       "ON CONFLICT (instance_id, day) DO UPDATE SET entities = excluded.entities "
                       "WHERE metering_records.status = 'pending_push'"))
    , m_due(db, kColumns
                    + QStringLiteral("WHERE status = 'pending_push' AND next_attempt_at <= ? "
                                     "AND instance_id IN (SELECT instance_id FROM instances "
                                     "WHERE marketplace = ?) "
                                     "ORDER BY next_attempt_at, seq LIMIT ?"))
    , m_pushed(db, QStringLiteral("UPDATE metering_records SET status = 'pushed', pushed_at = ?, "
                                  "attempts = attempts + 1, last_error = NULL WHERE seq = ?"))
    , m_retry(db, QStringLiteral("UPDATE metering_records SET attempts = attempts + 1, "
                                 "last_error = ?, next_attempt_at = ? WHERE seq = ?"))
    , m_failed(db, QStringLiteral("UPDATE metering_records SET status = 'push_failed', "
                                  "last_error = ? WHERE seq = ?"))
    , m_mirror(db, QStringLiteral("UPDATE bill_lines SET status = ?1 WHERE payer_instance = ?2 "
                                  "AND payer_instance <> '' AND day = ?3 "
                                  "AND payer_method <> 'billing_center' AND status <> ?1"))
    , m_latestDay(db, QStringLiteral("SELECT max(day) FROM metering_records"))
    , m_list(db, kColumns + kAccountFilter + QStringLiteral("AND seq > ?4 ORDER BY seq LIMIT ?5"))
    , m_count(db, QStringLiteral("SELECT count(*) FROM metering_records ") + kAccountFilter)
{}

void SqliteMeteringRecords::upsert(const MeteringRecord &record)
{
    m_upsert.bind(0, record.accountId)
        .bind(1, record.instanceId)
        .bind(2, record.day.toString(Qt::ISODate))
        .bind(3, record.startTime)
        .bind(4, record.endTime)
        .bind(5, entitiesText(record.entities))
        .bind(6, SqlStatement::fromTime(record.nextAttemptAt))
        .bind(7, SqlStatement::fromTime(record.deadline))
        .exec();
}

QList<MeteringRecord> SqliteMeteringRecords::due(const QDateTime &now, int limit,
                                                 SettlementMethod marketplace)
{
    m_due.bind(0, SqlStatement::fromTime(now)).bind(1, billing::toWire(marketplace)).bind(2, limit);
    return readAll(m_due);
}

void SqliteMeteringRecords::markPushed(const MeteringRecord &record, const QDateTime &at)
{
    m_pushed.bind(0, SqlStatement::fromTime(at)).bind(1, record.seq).exec();
}

void SqliteMeteringRecords::markRetry(const MeteringRecord &record, const QString &error,
                                      const QDateTime &next)
{
    m_retry.bind(0, error).bind(1, SqlStatement::fromTime(next)).bind(2, record.seq).exec();
}

void SqliteMeteringRecords::markFailed(const MeteringRecord &record, const QString &error)
{
    m_failed.bind(0, error).bind(1, record.seq).exec();
}

void SqliteMeteringRecords::mirrorOntoBillLines(const QString &instanceId, const QDate &day,
                                                MeteringStatus status)
{
    m_mirror.bind(0, toWire(status)).bind(1, instanceId).bind(2, day.toString(Qt::ISODate)).exec();
}

QDate SqliteMeteringRecords::latestDay()
{
    m_latestDay.exec();
    QDate day;
    if (m_latestDay.next())
        day = QDate::fromString(m_latestDay.text(0), Qt::ISODate);
    m_latestDay.finish();
    return day;
}

void SqliteMeteringRecords::bindFilter(SqlStatement &statement, const Filter &filter)
{
    statement.bind(0, filter.accountId)
        .bind(1, filter.instanceId) // a null text binds '': no filter
        .bind(2, filter.month);
}

QList<MeteringRecord> SqliteMeteringRecords::list(const Filter &filter, qint64 afterSeq, int limit)
{
    bindFilter(m_list, filter);
    m_list.bind(3, afterSeq).bind(4, limit);
    return readAll(m_list);
}

qint64 SqliteMeteringRecords::count(const Filter &filter)
{
    bindFilter(m_count, filter);
    m_count.exec();
    const qint64 total = m_count.next() ? m_count.integer(0) : 0;
    m_count.finish();
    return total;
}

QList<MeteringRecord> SqliteMeteringRecords::readAll(SqlStatement &statement)
{
    statement.exec();
    QList<MeteringRecord> records;
    while (statement.next()) {
        MeteringRecord record;
        record.seq = statement.integer(0);
        record.accountId = statement.text(1);
        record.instanceId = statement.text(2);
        record.day = QDate::fromString(statement.text(3), Qt::ISODate);
        record.startTime = statement.integer(4);
        record.endTime = statement.integer(5);
        record.entities = entitiesFromJson(QJsonDocument::fromJson(statement.bytes(6)).array());
        record.status = meteringStatusFromWire(statement.text(7));
        record.attempts = int(statement.integer(8));
        record.nextAttemptAt = statement.time(9);
        record.deadline = statement.time(10);
        record.lastError = statement.text(11);
        record.pushedAt = statement.time(12);
        records.append(record);
    }
    statement.finish();
    return records;
}

} // namespace billing::server
