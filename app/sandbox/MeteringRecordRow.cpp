#include "MeteringRecordRow.h"

#include "Rfc3339.h"

#include <QJsonArray>
#include <QStringList>

#include <initializer_list>

namespace billing {
namespace {
QString firstText(const QJsonObject &record, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue value = record.value(QStringView(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

QJsonValue firstValue(const QJsonObject &record, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue value = record.value(QStringView(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

QString quantityText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

QString usageOf(const QJsonObject &record)
{
    // Alibaba Cloud: [{"Key","Value"}]
    const QJsonArray entities = record.value(u"Entities").toArray();
    if (!entities.isEmpty()) {
        QStringList parts;
        for (const QJsonValue &entity : entities) {
            const QJsonObject pair = entity.toObject();
            parts << pair.value(u"Key").toString() + QStringLiteral(": ")
                         + quantityText(pair.value(u"Value"));
        }
        return parts.join(QStringLiteral(", "));
    }
    const QString item = firstText(record, {u"Dimension", u"dimension", u"item"});
    const QString quantity =
        quantityText(firstValue(record, {u"Quantity", u"quantity", u"usage_value"}));
    if (item.isEmpty())
        return quantity;
    return item + QStringLiteral(": ") + quantity;
}
} // namespace

QDateTime marketplaceTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 number = value.toInteger();
        // Seconds until the year 33658; anything larger is milliseconds.
        return number > 999'999'999'999 ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                                        : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
    }
    const QString text = value.toString();
    if (text.size() == 16 && text.at(8) == u'T' && text.endsWith(u'Z')) { // Huawei Cloud
        return QDateTime(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                         QTime::fromString(text.mid(9, 6), QStringLiteral("HHmmss")), Qt::UTC);
    }
    const QDateTime time = rfc3339::parse(text);
    if (time.isValid())
        return time;
    // ISO 8601 beyond RFC 3339; a time without a zone is UTC, as every marketplace writes.
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() == Qt::LocalTime)
        iso.setTimeSpec(Qt::UTC);
    return iso;
}

MeteringRecordRow MeteringRecordRow::fromJson(const QJsonObject &record)
{
    MeteringRecordRow row;
    row.subscription = firstText(record, {u"subscriptionId", u"InstanceId", u"instance_id",
                                          u"resourceId", u"CustomerIdentifier"});
    row.start = marketplaceTime(
        firstValue(record, {u"StartTime", u"begin_time", u"effectiveStartTime", u"Timestamp"}));
    row.end = marketplaceTime(firstValue(record, {u"EndTime", u"end_time"}));
    row.usage = usageOf(record);
    row.acceptedAt = marketplaceTime(firstValue(record, {u"acceptedAt", u"accepted_at"}));
    return row;
}

} // namespace billing
