#include "SandboxMarket.h"

#include "Logging.h"
#include "Transactional.h"

#include <Rfc3339.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace billing::server {
namespace {
constexpr int kInstanceIntervalSeconds = 60;
const QString kFilter = QStringLiteral("WHERE (?1 = '' OR instance_id = ?1) ");
} // namespace

SandboxMarket::SandboxMarket(const QSqlDatabase &db, Transactional &transactions)
    : m_transactions(transactions)
    , m_insert(db, QStringLiteral("INSERT INTO market_metering (instance_id, start_time, "
                                  "end_time, entities, accepted_at) VALUES (?,?,?,?,?) "
                                  "ON CONFLICT DO NOTHING"))
    , m_list(db, QStringLiteral("SELECT instance_id, start_time, end_time, entities, accepted_at "
                                "FROM market_metering ")
                     + kFilter
                     + QStringLiteral("ORDER BY accepted_at, instance_id, start_time "
                                      "LIMIT ?3 OFFSET ?2"))
    , m_count(db, QStringLiteral("SELECT count(*) FROM market_metering ") + kFilter)
{}

MeteringCallResult SandboxMarket::check(const MeteringCall &call) const
{
    if (m_outageUntil.isValid() && call.sentAt < m_outageUntil) {
        return {false,
                QStringLiteral("ServiceUnavailable: the marketplace is unavailable until %1.")
                    .arg(rfc3339::format(m_outageUntil))};
    }
    if (call.records.isEmpty() || call.records.size() > MeteringCall::kMaxRecords) {
        return {false, QStringLiteral("InvalidParameter: a call carries 1 to %1 records, not %2.")
                           .arg(MeteringCall::kMaxRecords)
                           .arg(call.records.size())};
    }
    for (const MeteringRecord &record : call.records) {
        const auto last = m_lastCallAt.constFind(record.instanceId);
        const qint64 since = last == m_lastCallAt.cend() ? -1 : last->secsTo(call.sentAt);
        if (since >= 0 && since < kInstanceIntervalSeconds) {
            return {false, QStringLiteral("Throttling: instance %1 was pushed less than %2 s ago.")
                               .arg(record.instanceId)
                               .arg(kInstanceIntervalSeconds)};
        }
    }
    return {true, {}};
}

void SandboxMarket::push(const MeteringCall &call, Done done)
{
    MeteringCallResult result = check(call);
    for (const MeteringRecord &record : call.records)
        m_lastCallAt.insert(record.instanceId, call.sentAt);
    if (result.accepted) {
        TransactionGuard transaction(m_transactions);
        for (const MeteringRecord &record : call.records) {
            m_insert.bind(0, record.instanceId)
                .bind(1, record.startTime)
                .bind(2, record.endTime)
                .bind(3,
                      QJsonDocument(entitiesJson(record.entities)).toJson(QJsonDocument::Compact))
                .bind(4, SqlStatement::fromTime(call.sentAt))
                .exec();
        }
        transaction.commit();
    } else {
        qCInfo(lcMarketplace) << "sandbox market refused" << call.records.size()
                              << "records:" << result.error;
    }
    done(result);
}

QJsonArray SandboxMarket::accepted(const QString &instanceId, qint64 offset, int limit)
{
    m_list.bind(0, instanceId).bind(1, offset).bind(2, limit).exec();
    QJsonArray items;
    while (m_list.next()) {
        items.append(QJsonObject{
            {QStringLiteral("InstanceId"), m_list.text(0)},
            {QStringLiteral("StartTime"), m_list.integer(1)},
            {QStringLiteral("EndTime"), m_list.integer(2)},
            {QStringLiteral("Entities"), QJsonDocument::fromJson(m_list.bytes(3)).array()},
            {QStringLiteral("acceptedAt"), rfc3339::format(m_list.time(4))}});
    }
    m_list.finish();
    return items;
}

qint64 SandboxMarket::acceptedCount(const QString &instanceId)
{
    m_count.bind(0, instanceId).exec();
    const qint64 total = m_count.next() ? m_count.integer(0) : 0;
    m_count.finish();
    return total;
}

} // namespace billing::server
