#include "HuaweiSandboxMarket.h"

#include "HuaweiUsageRecords.h"
#include "Logging.h"
#include "Transactional.h"

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
    , m_usage(db, kMarketplace)
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
        if (!m_usage.keep(sn, record.value(u"instance_id").toString(),
                          QJsonDocument(record).toJson(QJsonDocument::Compact), sentAt))
            answer.result.insert(sn, kDuplicate + QStringLiteral(" duplicate metering_sn"));
    }
    transaction.commit();
    qCInfo(lcMarketplace) << "sandbox KooGallery took" << usageRecords.size()
                          << "usage records, answered" << answer.result.size() << "with a code";
    return answer;
}

QJsonArray HuaweiSandboxMarket::accepted(const QString &instanceId)
{
    return m_usage.accepted(instanceId);
}

} // namespace billing::server
