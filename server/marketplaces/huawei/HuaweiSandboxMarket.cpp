#include "HuaweiSandboxMarket.h"

#include "HuaweiUsageRecords.h"
#include "Logging.h"
#include "Transactional.h"

#include <Rfc3339.h>

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace billing::server {
namespace {
const QString kMarketplace = QStringLiteral("huawei");

QDateTime timeField(const QJsonObject &record, const char *name)
{
    return HuaweiUsageRecords::parseTime(record.value(QLatin1String(name)).toString());
}

bool isPositiveDecimal(const QJsonValue &value)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,4})?$"));
    const QString text = value.toString();
    if (!value.isString() || !decimal.match(text).hasMatch())
        return false;
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c >= u'1' && c <= u'9'; });
}
} // namespace

const QString HuaweiSandboxMarket::kDuplicate = QStringLiteral("005");

HuaweiSandboxMarket::HuaweiSandboxMarket(const QSqlDatabase &db, Transactional &transactions,
                                         InstanceCheck isInstance)
    : m_transactions(transactions)
    , m_isInstance(std::move(isInstance))
    , m_insert(db, QStringLiteral("INSERT INTO market_usage (marketplace, record_key, "
                                  "instance_id, record, accepted_at) VALUES (?,?,?,?,?) "
                                  "ON CONFLICT DO NOTHING"))
    , m_list(db, QStringLiteral("SELECT record, accepted_at FROM market_usage WHERE "
                                "marketplace = ?1 AND (?2 = '' OR instance_id = ?2) "
                                "ORDER BY accepted_at, record_key"))
{}

QString HuaweiSandboxMarket::problemOf(const QJsonObject &record, const QDateTime &sentAt)
{
    const QString instanceId = record.value(u"instance_id").toString();
    if (!m_isInstance(instanceId))
        return QStringLiteral("001 instance %1 does not exist").arg(instanceId);
    if (record.value(u"metering_sn").toString().isEmpty())
        return QStringLiteral("004 metering_sn missing");
    const QDateTime begin = timeField(record, "begin_time");
    const QDateTime end = timeField(record, "end_time");
    if (!begin.isValid() || !end.isValid() || !timeField(record, "record_time").isValid())
        return QStringLiteral("002 times are yyyyMMdd'T'HHmmss'Z'");
    if (!isPositiveDecimal(record.value(u"usage_value")))
        return QStringLiteral("003 usage_value must be a decimal string above 0, at most 4 "
                              "decimals");
    if (begin > end || end > sentAt)
        return QStringLiteral("011 begin_time <= end_time <= the report time is required");
    if (end.secsTo(sentAt) > kMaxAgeSeconds)
        return QStringLiteral("007 record time expired");
    return {};
}

HuaweiSandboxMarket::Answer HuaweiSandboxMarket::accept(const QJsonArray &usageRecords,
                                                        const QDateTime &sentAt)
{
    Answer answer;
    if (usageRecords.isEmpty() || usageRecords.size() > HuaweiUsageRecords::kMaxRecordsPerCall) {
        answer.error = QStringLiteral("usage_records carries 1 to %1 records, not %2.")
                           .arg(HuaweiUsageRecords::kMaxRecordsPerCall)
                           .arg(usageRecords.size());
        return answer;
    }
    answer.accepted = true;
    TransactionGuard transaction(m_transactions);
    for (const QJsonValue &value : usageRecords) {
        const QJsonObject record = value.toObject();
        const QString sn = record.value(u"metering_sn").toString();
        if (const QString problem = problemOf(record, sentAt); !problem.isEmpty()) {
            answer.result.insert(sn, problem);
            continue;
        }
        m_insert.bind(0, kMarketplace)
            .bind(1, sn)
            .bind(2, record.value(u"instance_id").toString())
            .bind(3, QJsonDocument(record).toJson(QJsonDocument::Compact))
            .bind(4, SqlStatement::fromTime(sentAt))
            .exec();
        if (m_insert.rowsAffected() == 0)
            answer.result.insert(sn, kDuplicate + QStringLiteral(" duplicate metering_sn"));
    }
    transaction.commit();
    qCInfo(lcMarketplace) << "sandbox KooGallery took" << usageRecords.size()
                          << "usage records, answered" << answer.result.size() << "with a code";
    return answer;
}

QJsonArray HuaweiSandboxMarket::accepted(const QString &instanceId)
{
    m_list.bind(0, kMarketplace).bind(1, instanceId).exec();
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
