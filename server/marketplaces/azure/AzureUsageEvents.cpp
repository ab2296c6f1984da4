#include "AzureUsageEvents.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace billing::server {
namespace {
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // drop the [ ]
}

bool isPlainDecimal(const QString &text)
{
    static const QRegularExpression decimal(
        QStringLiteral("^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?$"));
    return decimal.match(text).hasMatch();
}

bool isZero(const QString &text)
{
    for (QChar c : text) {
        if (c != u'0' && c != u'.')
            return false;
    }
    return true;
}
} // namespace

QByteArray AzureUsageEvent::toJson() const
{
    return QByteArrayLiteral("{\"resourceId\":") + jsonString(resourceId)
           + QByteArrayLiteral(",\"quantity\":") + quantity.toLatin1()
           + QByteArrayLiteral(",\"dimension\":") + jsonString(dimension)
           + QByteArrayLiteral(",\"effectiveStartTime\":") + jsonString(effectiveStartTime)
           + QByteArrayLiteral(",\"planId\":") + jsonString(planId) + '}';
}

namespace AzureUsageEvents {

QString isoUtc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

QList<AzureUsageEvent> of(const MeteringRecord &record, const QString &planId, QString *bad)
{
    QList<AzureUsageEvent> events;
    const QString start = isoUtc(record.endTime - 3600);
    for (const MeteringEntity &entity : record.entities) {
        if (!isPlainDecimal(entity.value)) {
            if (bad->isEmpty())
                *bad = entity.key;
            continue;
        }
        if (isZero(entity.value))
            continue; // Azure refuses a quantity of 0; nothing is owed
        events.append({record.seq, record.instanceId, entity.key, entity.value, start, planId});
    }
    return events;
}

QByteArray batchRequest(const QList<AzureUsageEvent> &events)
{
    QByteArray body = QByteArrayLiteral("{\"request\":[");
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i > 0)
            body += ',';
        body += events.at(i).toJson();
    }
    return body + QByteArrayLiteral("]}");
}

} // namespace AzureUsageEvents

} // namespace billing::server
