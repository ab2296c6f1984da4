#include "AwsSandboxMarket.h"

#include "AwsLogging.h"
#include "Transactional.h"

#include <Rfc3339.h>

#include <QJsonDocument>

namespace billing::server {
namespace {
QString recordKey(const QString &productCode, const AwsUsageRecord &record)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(productCode, record.customerIdentifier, record.dimension)
        .arg(record.timestamp.toSecsSinceEpoch());
}
} // namespace

AwsSandboxMarket::AwsSandboxMarket(const QSqlDatabase &db, Transactional &transactions,
                                   Subscribed subscribed)
    : m_transactions(transactions)
    , m_subscribed(std::move(subscribed))
    , m_find(db, QStringLiteral("SELECT record FROM market_usage WHERE marketplace = 'aws' AND "
                                "record_key = ?"))
    , m_insert(db, QStringLiteral("INSERT INTO market_usage (marketplace, record_key, "
                                  "instance_id, record, accepted_at) VALUES ('aws',?,?,?,?)"))
    , m_list(db, QStringLiteral("SELECT instance_id, record, accepted_at FROM market_usage "
                                "WHERE marketplace = 'aws' AND (?1 = '' OR instance_id = ?1) "
                                "ORDER BY accepted_at, record_key"))
{}

QString AwsSandboxMarket::check(const BatchMeterUsageRequest &request) const
{
    if (request.usageRecords.size() > BatchMeterUsageRequest::kMaxRecords) {
        return QStringLiteral("ValidationException: at most %1 UsageRecords a call, not %2.")
            .arg(BatchMeterUsageRequest::kMaxRecords)
            .arg(request.usageRecords.size());
    }
    for (const AwsUsageRecord &record : request.usageRecords) {
        const qint64 age = record.timestamp.secsTo(request.sentAt);
        if (age >= kMaxAgeSeconds || age < 0) {
            return QStringLiteral("TimestampOutOfBoundsException: %1 is not within the 6 hours "
                                  "before the call (%2).")
                .arg(rfc3339::format(record.timestamp), rfc3339::format(request.sentAt));
        }
    }
    return {};
}

// The record's Status, keeping it when it is new.
QString AwsSandboxMarket::take(const QString &productCode, const AwsUsageRecord &record,
                               const QDateTime &at)
{
    const auto id = m_subscribed(record.customerIdentifier, productCode);
    if (!id)
        return QStringLiteral("CustomerNotSubscribed");
    const QString key = recordKey(productCode, record);
    m_find.bind(0, key).exec();
    const bool known = m_find.next();
    const QJsonObject kept =
        known ? QJsonDocument::fromJson(m_find.bytes(0)).object() : QJsonObject();
    m_find.finish();
    if (known) {
        return kept.value(u"Quantity").toInteger() == record.quantity
                   ? QStringLiteral("Success")
                   : QStringLiteral("DuplicateRecord");
    }
    QJsonObject stored = record.toJson();
    stored.insert(QStringLiteral("ProductCode"), productCode);
    m_insert.bind(0, key)
        .bind(1, *id)
        .bind(2, QJsonDocument(stored).toJson(QJsonDocument::Compact))
        .bind(3, SqlStatement::fromTime(at))
        .exec();
    return QStringLiteral("Success");
}

BatchMeterUsageResult AwsSandboxMarket::batchMeterUsage(const BatchMeterUsageRequest &request)
{
    BatchMeterUsageResult result;
    result.exception = check(request);
    if (!result.exception.isEmpty()) {
        qCInfo(lcAws) << "sandbox market refused a BatchMeterUsage call:" << result.exception;
        return result;
    }
    TransactionGuard transaction(m_transactions);
    for (const AwsUsageRecord &record : request.usageRecords)
        result.statuses.append(take(request.productCode, record, request.sentAt));
    transaction.commit();
    qCInfo(lcAws) << "sandbox market BatchMeterUsage:" << result.statuses;
    return result;
}

QJsonArray AwsSandboxMarket::accepted(const QString &subscriptionId)
{
    m_list.bind(0, subscriptionId).exec();
    QJsonArray records;
    while (m_list.next()) {
        QJsonObject record = QJsonDocument::fromJson(m_list.bytes(1)).object();
        record.insert(QStringLiteral("subscriptionId"), m_list.text(0));
        record.insert(QStringLiteral("acceptedAt"), rfc3339::format(m_list.time(2)));
        records.append(record);
    }
    m_list.finish();
    return records;
}

} // namespace billing::server
