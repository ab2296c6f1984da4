#include "SiteTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace billing {

SiteTable SiteTable::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return SiteTable{};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(
            QStringLiteral("site table is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject providers = doc.object().value(u"providers").toObject();
    SiteTable table;
    for (const QJsonValue &value : doc.object().value(u"sites").toArray()) {
        const QJsonObject object = value.toObject();
        Site site;
        site.code = object.value(u"code").toString();
        site.name = object.value(u"name").toString();
        site.providerCode = object.value(u"provider").toString();
        const QJsonObject provider = providers.value(site.providerCode).toObject();
        if (site.code.isEmpty() || site.name.isEmpty() || provider.isEmpty())
            return fail(QStringLiteral("incomplete site entry %1").arg(site.code));
        site.providerName = provider.value(u"name").toString();
        site.methods.append(SettlementMethod::BillingCenter);
        const QJsonValue marketplace = provider.value(u"marketplaceMethod");
        if (marketplace.isString()) {
            const auto method = settlementMethodFromWire(marketplace.toString());
            if (!method)
                return fail(QStringLiteral("unknown method %1").arg(marketplace.toString()));
            site.methods.append(*method);
        }
        table.m_sites.append(site);
    }
    if (table.m_sites.isEmpty())
        return fail(QStringLiteral("site table lists no site"));
    return table;
}

const SiteTable &SiteTable::builtIn()
{
    static const SiteTable table = [] {
        QFile file(QStringLiteral(":/billing/models/sites.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in site table missing from resources");
        QString error;
        SiteTable parsed = fromJson(file.readAll(), &error);
        if (parsed.isEmpty())
            qFatal("built-in site table is invalid: %s", qPrintable(error));
        return parsed;
    }();
    return table;
}

std::optional<Site> SiteTable::find(const QString &code) const
{
    for (const Site &site : m_sites) {
        if (site.code == code)
            return site;
    }
    return std::nullopt;
}

} // namespace billing
