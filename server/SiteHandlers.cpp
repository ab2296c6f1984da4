#include "SiteHandlers.h"

#include "Router.h"

#include <BillingCatalogue.h>
#include <SiteTable.h>

#include <QJsonArray>

namespace billing::server {

SiteHandlers::SiteHandlers(const SiteTable &sites)
    : m_sites(sites)
{}

void SiteHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), {}, [](RequestContext &) {
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.add("GET", QStringLiteral("/api/v1/sites"), {}, [this](RequestContext &) {
        QJsonArray items;
        for (const Site &site : m_sites.sites()) {
            QJsonArray methods;
            for (SettlementMethod method : site.methods)
                methods.append(billing::toWire(method));
            items.append(QJsonObject{{QStringLiteral("code"), site.code},
                                     {QStringLiteral("name"), site.name},
                                     {QStringLiteral("provider"), site.providerCode},
                                     {QStringLiteral("providerName"), site.providerName},
                                     {QStringLiteral("methods"), methods}});
        }
        return HttpResponse::json(200, {{QStringLiteral("items"), items}});
    });
    router.add("GET", QStringLiteral("/api/v1/billing-items"), {}, [](RequestContext &) {
        return HttpResponse::json(200, BillingCatalogue::builtIn().toWire());
    });
}

} // namespace billing::server
