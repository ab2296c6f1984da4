#pragma once

#include <QDateTime>
#include <QStringList>

namespace billing {

// Billing months are Beijing-time calendar months (billing.md), "YYYY-MM" on the wire.
class CostMonths
{
public:
    static constexpr int kOffered = 12;

    // The Beijing-time month of an instant.
    static QString monthOf(const QDateTime &at);
    // `count` months ending with `newest`, newest first.
    static QStringList through(const QString &newest, int count = kOffered);
    // The month's first day, or an invalid date when `month` is not "YYYY-MM".
    static QDate firstDay(const QString &month);
};

} // namespace billing
