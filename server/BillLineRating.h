#pragma once

#include <BillingCatalogue.h>

#include <QString>

#include <optional>

namespace billing::server {

// One (workspace, item, day) quantity priced: the unit and unit price of its item on the
// workspace's site in the account's currency, and the line's amount in cents (micros rounded
// half-up once, here; billing.md "Money is exact").
struct RatedLine {
    qint64 unit = 1;
    qint64 unitPriceMicros = 0;
    qint64 amountCents = 0;
};

class BillLineRating
{
public:
    explicit BillLineRating(const BillingCatalogue &catalogue);

    // nullopt when the item is unknown or not offered on `site` in `currency`, or the
    // amount does not fit.
    std::optional<RatedLine> rate(QStringView item, const QString &site, Currency currency,
                                  qint64 quantityE4) const;
    Currency currencyOf(const QString &registrationSite) const
    {
        return m_catalogue.currencyForRegistrationSite(registrationSite);
    }

private:
    const BillingCatalogue &m_catalogue;
};

} // namespace billing::server
