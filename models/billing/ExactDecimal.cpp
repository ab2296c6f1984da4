#include "ExactDecimal.h"

#include <limits>

namespace billing::money {
namespace {
qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}
} // namespace

std::optional<qint64> parseScaled(QStringView text, int places)
{
    if (text.isEmpty() || places < 0 || places > 12)
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || fraction.size() > places)
        return std::nullopt;
    __int128 value = 0;
    for (QStringView part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
            if (value > std::numeric_limits<qint64>::max())
                return std::nullopt;
        }
    }
    value *= powerOfTen(places - int(fraction.size()));
    if (value > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return qint64(value);
}

QString formatScaled(qint64 value, int places)
{
    const bool negative = value < 0;
    // Through unsigned: the most negative value has no positive counterpart.
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    const quint64 scale = quint64(powerOfTen(places));
    QString text = QString::number(magnitude / scale);
    if (places > 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % scale, places, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

qint64 roundedDivision(qint64 value, qint64 divisor)
{
    // Adding half the divisor (rounded down) before truncating rounds an exact half away from
    // zero; with an odd divisor there is no exact half.
    const __int128 wide = value;
    const __int128 rounded =
        wide >= 0 ? (wide + divisor / 2) / divisor : -((-wide + divisor / 2) / divisor);
    return qint64(rounded);
}

std::optional<qint64> lineMicros(qint64 quantityE4, qint64 unit, qint64 priceMicros)
{
    if (quantityE4 < 0 || unit <= 0 || priceMicros < 0)
        return std::nullopt;
    const __int128 numerator = __int128(quantityE4) * priceMicros;
    const __int128 divisor = __int128(unit) * 10'000;
    const __int128 micros = (numerator + divisor / 2) / divisor; // half-up; not negative
    if (micros > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return qint64(micros);
}

qint64 centsOf(qint64 micros)
{
    return roundedDivision(micros, kMicrosPerCent);
}

} // namespace billing::money
