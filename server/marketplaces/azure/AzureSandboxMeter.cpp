#include "AzureSandboxMeter.h"

#include "AzureUsageEvents.h"
#include "Transactional.h"

#include <MarketplaceIds.h>

#include <QJsonDocument>
#include <QUuid>

namespace billing::server {
namespace {
const QString kMarketplace = QStringLiteral("azure");

QByteArray badArgument(const QString &message, int *httpStatus)
{
    *httpStatus = 400;
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("BadArgument")},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

AzureSandboxMeter::AzureSandboxMeter(const QSqlDatabase &db, Transactional &transactions,
                                     IsSubscribed isSubscribed)
    : m_transactions(transactions)
    , m_isSubscribed(std::move(isSubscribed))
    , m_usage(db, kMarketplace)
{}

QString AzureSandboxMeter::statusOf(const QJsonObject &event, const QDateTime &sentAt,
                                    QString *key) const
{
    const IdParseResult resource =
        parseAzureSubscriptionId(event.value(QStringLiteral("resourceId")).toString());
    const QString dimension = event.value(QStringLiteral("dimension")).toString();
    const QDateTime start = QDateTime::fromString(
        event.value(QStringLiteral("effectiveStartTime")).toString(), Qt::ISODate);
    if (!resource.ok() || dimension.isEmpty() || !start.isValid()
        || event.value(QStringLiteral("planId")).toString().isEmpty())
        return QStringLiteral("BadArgument");
    const QJsonValue quantity = event.value(QStringLiteral("quantity"));
    if (!quantity.isDouble() || !(quantity.toDouble() > 0))
        return QStringLiteral("InvalidQuantity");
    if (start.secsTo(sentAt) > kMaxAgeSeconds)
        return QStringLiteral("Expired");
    if (!m_isSubscribed(resource.value))
        return QStringLiteral("ResourceNotFound");
    const qint64 hour = start.toSecsSinceEpoch() - start.toSecsSinceEpoch() % 3600;
    *key = resource.value + u'|' + dimension + u'|' + AzureUsageEvents::isoUtc(hour);
    return QStringLiteral("Accepted");
}

QJsonObject AzureSandboxMeter::take(const QJsonObject &event, const QDateTime &sentAt)
{
    QString key;
    QString status = statusOf(event, sentAt, &key);
    QJsonObject result = event;
    result.insert(QStringLiteral("usageEventId"),
                  QUuid::createUuid().toString(QUuid::WithoutBraces));
    result.insert(QStringLiteral("messageTime"), sentAt.toUTC().toString(Qt::ISODate));
    if (status == u"Accepted") {
        const QString resourceId = key.section(u'|', 0, 0);
        if (!m_usage.keep(key, resourceId, QJsonDocument(event).toJson(QJsonDocument::Compact),
                          sentAt))
            status = QStringLiteral("Duplicate");
    }
    result.insert(QStringLiteral("status"), status);
    return result;
}

QByteArray AzureSandboxMeter::batchUsageEvent(const QByteArray &request, const QDateTime &sentAt,
                                              int *httpStatus)
{
    const QJsonDocument document = QJsonDocument::fromJson(request);
    const QJsonValue events = document.object().value(QStringLiteral("request"));
    if (!events.isArray())
        return badArgument(QStringLiteral("The body must be {\"request\":[…]}."), httpStatus);
    const QJsonArray list = events.toArray();
    if (list.isEmpty() || list.size() > AzureUsageEvents::kMaxEventsPerCall) {
        return badArgument(QStringLiteral("A batch carries 1 to %1 events, not %2.")
                               .arg(AzureUsageEvents::kMaxEventsPerCall)
                               .arg(list.size()),
                           httpStatus);
    }
    TransactionGuard transaction(m_transactions);
    QJsonArray results;
    for (const QJsonValue &event : list)
        results.append(take(event.toObject(), sentAt));
    transaction.commit();
    *httpStatus = 200;
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), results.size()},
                                     {QStringLiteral("result"), results}})
        .toJson(QJsonDocument::Compact);
}

QJsonArray AzureSandboxMeter::accepted(const QString &resourceId)
{
    return m_usage.accepted(resourceId);
}

} // namespace billing::server
