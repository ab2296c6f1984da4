#include "BillMonth.h"

#include <QTimeZone>

namespace billing {
namespace {
constexpr int kBeijingOffsetSeconds = 8 * 3600;
}

QDate parseBillMonth(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    }
    const int year = text.left(4).toInt();
    const int month = text.mid(5).toInt();
    return month >= 1 && month <= 12 && year >= 1 ? QDate(year, month, 1) : QDate();
}

QString billMonthText(const QDate &dayOfMonth)
{
    return dayOfMonth.toString(u"yyyy-MM");
}

QString currentBillMonth(const QDateTime &now)
{
    return billMonthText(now.toTimeZone(QTimeZone(kBeijingOffsetSeconds)).date());
}

} // namespace billing
