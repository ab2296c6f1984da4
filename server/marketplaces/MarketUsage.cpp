#include "MarketUsage.h"

#include "Rfc3339.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace billing::server {

MarketUsage::MarketUsage(const QSqlDatabase &db, const QString &marketplace)
    : m_marketplace(marketplace)
    , m_insert(db, QStringLiteral("INSERT INTO market_usage (marketplace, record_key, "
                                  "instance_id, record, accepted_at) VALUES (?,?,?,?,?) "
                                  "ON CONFLICT DO NOTHING"))
    , m_list(db, QStringLiteral("SELECT record, accepted_at FROM market_usage WHERE "
                                "marketplace = ?1 AND (?2 = '' OR instance_id = ?2) "
                                "ORDER BY accepted_at, record_key"))
{}

bool MarketUsage::keep(const QString &key, const QString &instanceId, const QByteArray &record,
                       const QDateTime &acceptedAt)
{
    m_insert.bind(0, m_marketplace)
        .bind(1, key)
        .bind(2, instanceId)
        .bind(3, record)
        .bind(4, SqlStatement::fromTime(acceptedAt))
        .exec();
    return m_insert.rowsAffected() > 0;
}

QJsonArray MarketUsage::accepted(const QString &instanceId)
{
    m_list.bind(0, m_marketplace).bind(1, instanceId).exec();
    QJsonArray records;
    while (m_list.next()) {
        QJsonObject record = QJsonDocument::fromJson(m_list.bytes(0)).object();
        record.insert(QStringLiteral("acceptedAt"), rfc3339::format(m_list.time(1)));
        records.append(record);
    }
    m_list.finish();
    return records;
}

} // namespace billing::server
