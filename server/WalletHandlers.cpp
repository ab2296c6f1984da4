#include "WalletHandlers.h"

#include "BillingDay.h"
#include "LedgerPages.h"
#include "Paging.h"
#include "Router.h"
#include "WalletJson.h"
#include "WalletService.h"

namespace billing::server {

WalletHandlers::WalletHandlers(WalletService &wallets, LedgerPages &ledger)
    : m_wallets(wallets)
    , m_ledger(ledger)
{}

void WalletHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/account/wallet"), {Auth::Bearer},
               [this](RequestContext &context) { return wallet(context); });
    router.add("GET", QStringLiteral("/api/v1/account/ledger"), {Auth::Bearer},
               [this](RequestContext &context) { return ledger(context); });
}

HttpResponse WalletHandlers::wallet(const RequestContext &context)
{
    return HttpResponse::json(200, WalletJson::wallet(m_wallets.view(context.account().id)));
}

HttpResponse WalletHandlers::ledger(const RequestContext &context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    QDateTime from;
    QDateTime to;
    if (const auto month = context.request.queryValue(QStringLiteral("month"))) {
        if (const auto first = billingday::parseMonth(*month)) {
            from = billingday::startOf(*first);
            to = billingday::startOf(first->addMonths(1));
        } else {
            errors.insert(QStringLiteral("month"), QStringLiteral("Must be a month, YYYY-MM."));
        }
    }
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const LedgerPage result =
        m_ledger.page(context.account().id, from, to, page.cursorSeq, page.limit);
    QJsonArray items;
    for (const LedgerEntry &entry : result.items)
        items.append(WalletJson::entry(entry));
    return HttpResponse::rawJson(200, pageJson(items, result.nextSeq, result.total));
}

} // namespace billing::server
