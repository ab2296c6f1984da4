#include "BillingCatalogue.h"

#include "ExactDecimal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace billing {
namespace {
const QList<std::pair<Currency, QString>> &currencies()
{
    static const QList<std::pair<Currency, QString>> all{{Currency::Cny, QStringLiteral("CNY")},
                                                         {Currency::Usd, QStringLiteral("USD")}};
    return all;
}

// "1.43" → 1 430 000 micros; null → not offered. False when the value is neither.
bool readPrice(const QJsonValue &value, std::optional<qint64> *price)
{
    if (value.isNull()) {
        *price = std::nullopt;
        return true;
    }
    *price = money::parseScaled(value.toString(), 6);
    return value.isString() && price->has_value();
}

// 600 000 micros → "0.60", 143 000 → "0.143": at least two places, no trailing zero beyond.
QJsonValue priceText(const std::optional<qint64> &micros)
{
    if (!micros)
        return QJsonValue::Null;
    QString text = money::formatScaled(*micros, 6);
    while (text.endsWith(u'0') && text.size() - text.indexOf(u'.') > 3)
        text.chop(1);
    return text;
}

std::optional<BillingItem> readItem(const QJsonObject &object, QString *error)
{
    BillingItem item;
    item.code = object.value(u"code").toString();
    item.nameEn = object.value(u"name").toObject().value(u"en").toString();
    item.nameZh = object.value(u"name").toObject().value(u"zh").toString();
    item.unit = object.value(u"unit").toInteger();
    item.unitLabelEn = object.value(u"unitLabel").toObject().value(u"en").toString();
    item.unitLabelZh = object.value(u"unitLabel").toObject().value(u"zh").toString();
    const QString counted = object.value(u"countedAs").toString();
    item.dailyPeak = counted == u"daily_peak";
    if (item.code.isEmpty() || item.nameEn.isEmpty() || item.nameZh.isEmpty() || item.unit <= 0
        || (counted != u"daily_peak" && counted != u"daily_sum")) {
        *error = QStringLiteral("item %1: code, name, unit or countedAs missing").arg(item.code);
        return std::nullopt;
    }
    const QJsonObject prices = object.value(u"prices").toObject();
    for (const auto &[currency, wire] : currencies()) {
        const QJsonObject regions = prices.value(wire).toObject();
        std::optional<qint64> china;
        std::optional<qint64> intl;
        if (!readPrice(regions.value(u"china"), &china)
            || !readPrice(regions.value(u"intl"), &intl)) {
            *error = QStringLiteral("item %1: a %2 price is not a decimal").arg(item.code, wire);
            return std::nullopt;
        }
        (currency == Currency::Cny ? item.chinaPrices.cny : item.chinaPrices.usd) = china;
        (currency == Currency::Cny ? item.intlPrices.cny : item.intlPrices.usd) = intl;
    }
    return item;
}
} // namespace

QString toWire(Currency currency)
{
    for (const auto &[value, wire] : currencies()) {
        if (value == currency)
            return wire;
    }
    return {};
}

std::optional<BillingCatalogue> BillingCatalogue::fromJson(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(u"format").toString() != u"billing-desk.billing-items") {
        *error = QStringLiteral("not a billing item catalogue");
        return std::nullopt;
    }
    BillingCatalogue catalogue;
    for (const QJsonValue &site : root.value(u"chinaPriceSites").toArray())
        catalogue.m_chinaSites.append(site.toString());
    for (const QJsonValue &value : root.value(u"items").toArray()) {
        auto item = readItem(value.toObject(), error);
        if (!item)
            return std::nullopt;
        if (catalogue.find(item->code)) {
            *error = QStringLiteral("item %1 listed twice").arg(item->code);
            return std::nullopt;
        }
        catalogue.m_items.append(std::move(*item));
    }
    if (catalogue.m_items.isEmpty() || catalogue.m_chinaSites.isEmpty()) {
        *error = QStringLiteral("no items or no China sites");
        return std::nullopt;
    }
    return catalogue;
}

QJsonObject BillingCatalogue::toWire() const
{
    QJsonArray items;
    for (const BillingItem &item : m_items) {
        QJsonObject prices;
        for (const auto &[currency, wire] : currencies()) {
            prices.insert(
                wire,
                QJsonObject{{QStringLiteral("china"), priceText(item.chinaPrices.in(currency))},
                            {QStringLiteral("intl"), priceText(item.intlPrices.in(currency))}});
        }
        items.append(QJsonObject{
            {QStringLiteral("code"), item.code},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("en"), item.nameEn}, {QStringLiteral("zh"), item.nameZh}}},
            {QStringLiteral("unit"), QJsonObject{{QStringLiteral("en"), item.unitLabelEn},
                                                 {QStringLiteral("zh"), item.unitLabelZh}}},
            {QStringLiteral("unitSize"), item.unit},
            {QStringLiteral("countedAs"),
             item.dailyPeak ? QStringLiteral("daily_peak") : QStringLiteral("daily_sum")},
            {QStringLiteral("prices"), prices}});
    }
    return {{QStringLiteral("items"), items},
            {QStringLiteral("chinaPriceSites"), QJsonArray::fromStringList(m_chinaSites)}};
}

const BillingCatalogue &BillingCatalogue::builtIn()
{
    static const BillingCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/billing/models/billing-items.json"));
        QString error;
        std::optional<BillingCatalogue> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        if (!read)
            qFatal("billing-items.json: %s", qPrintable(error));
        return *read;
    }();
    return catalogue;
}

const BillingItem *BillingCatalogue::find(QStringView code) const
{
    for (const BillingItem &item : m_items) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

Currency BillingCatalogue::currencyForRegistrationSite(const QString &site) const
{
    return isChinaPriceSite(site) ? Currency::Cny : Currency::Usd;
}

std::optional<qint64> BillingCatalogue::priceMicros(QStringView code, const QString &site,
                                                    Currency currency) const
{
    const BillingItem *item = find(code);
    if (!item)
        return std::nullopt;
    return (isChinaPriceSite(site) ? item->chinaPrices : item->intlPrices).in(currency);
}

} // namespace billing
