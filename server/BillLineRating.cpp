#include "BillLineRating.h"

#include <ExactDecimal.h>

namespace billing::server {

BillLineRating::BillLineRating(const BillingCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

std::optional<RatedLine> BillLineRating::rate(QStringView item, const QString &site,
                                              Currency currency, qint64 quantityE4) const
{
    const BillingItem *found = m_catalogue.find(item);
    if (!found)
        return std::nullopt;
    const auto price = m_catalogue.priceMicros(item, site, currency);
    if (!price)
        return std::nullopt;
    const auto micros = money::lineMicros(quantityE4, found->unit, *price);
    if (!micros)
        return std::nullopt;
    return RatedLine{found->unit, *price, money::centsOf(*micros)};
}

} // namespace billing::server
