#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing::money {

// A signed amount of the wire ("-12.30", "7.20") in cents; nullopt when it is not one.
std::optional<qint64> parseCents(QStringView text);

// The currency's sign as the locale writes it: "¥" for CNY in Chinese, "CN¥" elsewhere;
// "$" for USD in the United States, "US$" elsewhere; any other code as "<code> ".
QString currencySymbol(const QString &currency, const QLocale &locale = QLocale());

// The one way every screen shows money: sign, currency symbol, the whole part grouped as
// the locale groups digits and exactly two decimals after its decimal point
// ("CN¥1,234.50", "¥1,234.50", "-US$12.30"). Integer cents in, no floating point.
QString moneyText(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
// The same for a wire amount; the text itself when it is not an amount.
QString moneyText(const QString &amount, const QString &currency,
                  const QLocale &locale = QLocale());

// A wire quantity ("8000000", "12.5") grouped as the locale groups digits, every decimal
// kept; the text itself when it is not a decimal.
QString quantityText(const QString &quantity, const QLocale &locale = QLocale());

} // namespace billing::money
