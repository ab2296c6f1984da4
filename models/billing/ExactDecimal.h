#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace billing::money {

// Money is exact (billing.md): amounts are integers in millionths of the currency ("micros")
// while they are computed, rounded half-up to the cent once per bill line, and written as
// decimal strings with exactly two places. Quantities are decimal strings with at most four
// places. No binary floating point touches either.

inline constexpr qint64 kMicrosPerUnit = 1'000'000;
inline constexpr qint64 kMicrosPerCent = 10'000;
inline constexpr int kQuantityPlaces = 4;

// "13.4" with places 2 → 1340. Digits with at most one '.', at most `places` decimals, no
// sign, exponent or spaces; nullopt otherwise or when the value does not fit.
std::optional<qint64> parseScaled(QStringView text, int places);
// 1340 with places 2 → "13.40"; a negative value gets a leading '-'.
QString formatScaled(qint64 value, int places);

// value / divisor rounded half away from zero (half-up for amounts that are not negative).
// The divisor is positive.
qint64 roundedDivision(qint64 value, qint64 divisor);

// A bill line's amount in micros: quantity (in 1/10 000) ÷ unit × price (in micros), rounded
// half-up to the micro. Nullopt when it does not fit.
std::optional<qint64> lineMicros(qint64 quantityE4, qint64 unit, qint64 priceMicros);
// Micros rounded half-up to the cent, in cents.
qint64 centsOf(qint64 micros);

// "13.40" for 1340 cents.
inline QString amountText(qint64 cents)
{
    return formatScaled(cents, 2);
}

} // namespace billing::money
