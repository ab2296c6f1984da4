#include "BillHandlers.h"

#include "BillLineQuery.h"
#include "BillStatements.h"
#include "BillingDay.h"
#include "Paging.h"
#include "Router.h"
#include "WorkspaceStore.h"

#include <SettlementMethod.h>

namespace billing::server {
namespace {
const QString kMonthReason = QStringLiteral("Must be a month as YYYY-MM.");

std::optional<QDate> readMonth(const std::optional<QString> &text, FieldErrors &errors)
{
    const auto month = text ? billingday::parseMonth(*text) : std::nullopt;
    if (!month)
        errors.insert(QStringLiteral("month"), text ? kMonthReason : QStringLiteral("Required."));
    return month;
}
} // namespace

BillHandlers::BillHandlers(BillStatements &statements, BillLineQuery &lines,
                           WorkspaceStore &workspaces, const BillingCatalogue &catalogue)
    : m_statements(statements)
    , m_lines(lines)
    , m_workspaces(workspaces)
    , m_catalogue(catalogue)
{}

void BillHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/bills"), {Auth::Bearer, false},
               [this](RequestContext &context) { return statement(context); });
    router.add("GET", QStringLiteral("/api/v1/bills/{month}/workspaces"), {Auth::Bearer, false},
               [this](RequestContext &context) { return workspaces(context); });
    router.add("GET", QStringLiteral("/api/v1/bill-lines"), {Auth::Bearer, false},
               [this](RequestContext &context) { return lines(context); });
}

HttpResponse BillHandlers::statement(const RequestContext &context)
{
    FieldErrors errors;
    const auto month = readMonth(context.request.queryValue(QStringLiteral("month")), errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    const Account &account = context.account();
    return HttpResponse::json(
        200, m_statements.statement(account.id,
                                    m_catalogue.currencyForRegistrationSite(account.site), *month));
}

HttpResponse BillHandlers::workspaces(const RequestContext &context)
{
    FieldErrors errors;
    const auto month = readMonth(context.param(0), errors);
    const PageRequest page = PageRequest::fromQuery(context.request, errors);
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    return HttpResponse::rawJson(
        200, m_statements.workspaces(context.account().id, *month, page.cursorSeq, page.limit));
}

HttpResponse BillHandlers::lines(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    FieldErrors errors;
    BillLineFilter filter;
    filter.month = readMonth(request.queryValue(QStringLiteral("month")), errors).value_or(QDate());
    const PageRequest page = PageRequest::fromQuery(request, errors);
    if (const auto id = request.queryValue(QStringLiteral("workspaceId"))) {
        const auto found = m_workspaces.findById(*id);
        filter.workspaceSeq = found && found->accountId == context.account().id ? found->seq : -1;
    }
    if (const auto item = request.queryValue(QStringLiteral("item"))) {
        if (!m_catalogue.find(*item))
            errors.insert(QStringLiteral("item"), QStringLiteral("Unknown billing item."));
        filter.item = *item;
    }
    if (const auto payer = request.queryValue(QStringLiteral("payer"))) {
        const qsizetype colon = payer->indexOf(u':');
        filter.payerMethod = colon < 0 ? *payer : payer->left(colon);
        if (colon >= 0)
            filter.payerInstance = payer->mid(colon + 1);
        const auto method = settlementMethodFromWire(filter.payerMethod);
        if (!method
            || (filter.payerInstance
                && (!isCloudMethod(*method) || filter.payerInstance->isEmpty())))
            errors.insert(QStringLiteral("payer"),
                          QStringLiteral("Must be a method, or <marketplace>:<subscriptionId> "
                                         "such as aliyun:6227091."));
    }
    if (const auto status = request.queryValue(QStringLiteral("status"))) {
        static const QStringList statuses{QStringLiteral("charged"), QStringLiteral("pending_push"),
                                          QStringLiteral("pushed"), QStringLiteral("push_failed")};
        if (!statuses.contains(*status))
            errors.insert(QStringLiteral("status"),
                          QStringLiteral("Must be charged, pending_push, pushed or push_failed."));
        filter.status = *status;
    }
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));
    return HttpResponse::rawJson(
        200, m_lines.page(context.account().id, filter, page.cursorSeq, page.limit));
}

} // namespace billing::server
