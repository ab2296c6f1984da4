#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace billing {

enum class Currency { Cny, Usd };
QString toWire(Currency currency); // "CNY", "USD"

// An item's price per unit in each currency, in micros; absent where it is not offered.
struct RegionPrices {
    std::optional<qint64> cny;
    std::optional<qint64> usd;

    std::optional<qint64> in(Currency currency) const
    {
        return currency == Currency::Cny ? cny : usd;
    }
};

// One billing item of the catalogue (billing.md, kept as data in billing-items.json).
struct BillingItem {
    QString code;
    QString nameEn;
    QString nameZh;
    qint64 unit = 1; // the quantity the price is for
    QString unitLabelEn;
    QString unitLabelZh;
    bool dailyPeak = false;   // counted as the day's peak, else as the day's sum
    RegionPrices chinaPrices; // on the China sites
    RegionPrices intlPrices;  // everywhere else
};

// The billing items and their prices, shared by client and server. China prices apply to
// workspaces on the China sites, international ones elsewhere; an account's currency
// follows its registration site the same way.
class BillingCatalogue
{
public:
    // The catalogue compiled into the models library; a broken resource is a build error
    // that the catalogue test catches.
    static const BillingCatalogue &builtIn();
    // Reads the resource's JSON; nullopt with *error set when it is not a catalogue.
    static std::optional<BillingCatalogue> fromJson(const QByteArray &json, QString *error);

    const QList<BillingItem> &items() const { return m_items; }
    // GET /api/v1/billing-items: {"items":[{"code","name":{"en","zh"},"unit":{"en","zh"},
    // "unitSize","countedAs","prices":{"CNY":{"china","intl"},"USD":{…}}}]}, prices as
    // decimal strings with at least two places, null where the item is not offered.
    QJsonObject toWire() const;
    const BillingItem *find(QStringView code) const;

    bool isChinaPriceSite(const QString &site) const { return m_chinaSites.contains(site); }
    Currency currencyForRegistrationSite(const QString &site) const;
    // The price of one unit of `code` on `site` in `currency`, in micros; nullopt when the
    // item is unknown or not offered there.
    std::optional<qint64> priceMicros(QStringView code, const QString &site,
                                      Currency currency) const;

private:
    QList<BillingItem> m_items;
    QStringList m_chinaSites;
};

} // namespace billing
