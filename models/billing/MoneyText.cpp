#include "MoneyText.h"

#include "ExactDecimal.h"

namespace billing::money {

std::optional<qint64> parseCents(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    const auto cents = parseScaled(negative ? text.mid(1) : text, 2);
    if (!cents)
        return std::nullopt;
    return negative ? -*cents : *cents;
}

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    if (currency == u"CNY")
        return locale.language() == QLocale::Chinese ? QStringLiteral("¥") : QStringLiteral("CN¥");
    if (currency == u"USD")
        return locale.territory() == QLocale::UnitedStates ? QStringLiteral("$")
                                                           : QStringLiteral("US$");
    return currency + u' ';
}

QString moneyText(qint64 cents, const QString &currency, const QLocale &locale)
{
    const bool negative = cents < 0;
    // Through unsigned: the most negative value has no positive counterpart.
    const quint64 magnitude = negative ? 0 - quint64(cents) : quint64(cents);
    const QString whole = locale.toString(qulonglong(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency, locale) + whole
           + locale.decimalPoint() + fraction;
}

QString moneyText(const QString &amount, const QString &currency, const QLocale &locale)
{
    const auto cents = parseCents(amount);
    return cents ? moneyText(*cents, currency, locale) : amount;
}

QString quantityText(const QString &quantity, const QLocale &locale)
{
    const qsizetype dot = quantity.indexOf(u'.');
    const QStringView whole = QStringView(quantity).left(dot < 0 ? quantity.size() : dot);
    bool ok = false;
    const qulonglong value = whole.toULongLong(&ok);
    if (!ok || (dot >= 0 && !parseScaled(quantity, int(quantity.size() - dot - 1))))
        return quantity;
    QString text = locale.toString(value);
    if (dot >= 0)
        text += locale.decimalPoint() + quantity.mid(dot + 1);
    return text;
}

} // namespace billing::money
