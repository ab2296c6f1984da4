#include "Rfc3339.h"

#include <QRegularExpression>

namespace billing::rfc3339 {

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return {};
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    int msec = 0;
    if (match.capturedLength(7) > 1)
        msec = match.capturedView(7).mid(1).left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QStringView zone = match.capturedView(8);
    int offsetSeconds = 0;
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt(), minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (zone.front() == u'-')
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime utc = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
    // format() writes four-digit years: a time it could not write back is not accepted.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

QJsonValue toJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(format(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace billing::rfc3339
