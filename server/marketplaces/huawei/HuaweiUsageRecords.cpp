#include "HuaweiUsageRecords.h"

#include <QCryptographicHash>

#include <algorithm>

namespace billing::server::HuaweiUsageRecords {
namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

bool isZero(const QString &decimal)
{
    return std::all_of(decimal.begin(), decimal.end(),
                       [](QChar c) { return c == u'0' || c == u'.'; });
}
} // namespace

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(kTimeFormat);
}

QDateTime parseTime(const QString &text)
{
    if (text.size() != 16 || text.at(8) != u'T' || text.at(15) != u'Z')
        return {};
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(text.mid(9, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString meteringSn(const QString &instanceId, const QDate &day, const QString &item)
{
    const QByteArray key =
        instanceId.toUtf8() + '|' + day.toString(Qt::ISODate).toLatin1() + '|' + item.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("hw") + QString::fromLatin1(digest.left(30));
}

QList<WireRecord> fromMetering(const QList<MeteringRecord> &records)
{
    QList<WireRecord> wire;
    for (const MeteringRecord &record : records) {
        const QString begin = formatTime(QDateTime::fromSecsSinceEpoch(record.startTime, Qt::UTC));
        const QString end = formatTime(QDateTime::fromSecsSinceEpoch(record.endTime, Qt::UTC));
        for (const MeteringEntity &entity : record.entities) {
            if (isZero(entity.value))
                continue;
            wire.append({record.seq, QJsonObject{
                                         {QStringLiteral("instance_id"), record.instanceId},
                                         {QStringLiteral("record_time"), end},
                                         {QStringLiteral("begin_time"), begin},
                                         {QStringLiteral("end_time"), end},
                                         {QStringLiteral("usage_value"), entity.value},
                                         {QStringLiteral("metering_sn"),
                                          meteringSn(record.instanceId, record.day, entity.key)},
                                         {QStringLiteral("item"), entity.key},
                                     }});
        }
    }
    return wire;
}

QList<QList<WireRecord>> calls(const QList<WireRecord> &records)
{
    QList<QList<WireRecord>> result;
    for (qsizetype start = 0; start < records.size(); start += kMaxRecordsPerCall)
        result.append(records.mid(start, kMaxRecordsPerCall));
    return result;
}

} // namespace billing::server::HuaweiUsageRecords
