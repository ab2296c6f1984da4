#include "WorkspaceHandlers.h"

#include "NewWorkspaceInput.h"
#include "Paging.h"
#include "RequestBody.h"
#include "RequestOrigin.h"
#include "Router.h"
#include "SettlementInput.h"
#include "WorkspaceJsonWriter.h"
#include "WorkspaceService.h"

#include <SiteTable.h>

#include <QJsonArray>

namespace billing::server {
namespace {
HttpResponse workspaceReply(int status, const Outcome<Workspace> &outcome)
{
    if (!outcome.ok())
        return HttpResponse::error(outcome.error());
    HttpResponse response = HttpResponse::json(status, toJson(outcome.value()));
    if (status == 201)
        response.withHeader("Location", "/api/v1/workspaces/" + outcome.value().id.toUtf8());
    return response;
}
} // namespace

WorkspaceHandlers::WorkspaceHandlers(WorkspaceService &workspaces, const SiteTable &sites)
    : m_workspaces(workspaces)
    , m_sites(sites)
{}

void WorkspaceHandlers::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/workspaces"), {Auth::Bearer, true},
               [this](RequestContext &context) { return create(context); });
    router.add("GET", QStringLiteral("/api/v1/workspaces"), {Auth::Bearer, false},
               [this](RequestContext &context) { return list(context); });
    router.add("GET", QStringLiteral("/api/v1/workspaces/{id}"), {Auth::Bearer, false},
               [this](RequestContext &context) {
                   return workspaceReply(200,
                                         m_workspaces.get(context.account(), context.param(0)));
               });
    router.add("PUT", QStringLiteral("/api/v1/workspaces/{id}/settlement"), {Auth::Bearer, true},
               [this](RequestContext &context) { return changeSettlement(context); });
}

HttpResponse WorkspaceHandlers::create(const RequestContext &context)
{
    RequestBody body(context.request.body, NewWorkspace::jsonKeys());
    const auto request = NewWorkspaceInput::read(body.fields(), m_sites);
    if (!request)
        return HttpResponse::error(body.error());
    return workspaceReply(201,
                          m_workspaces.create(context.account(), *request, requestOrigin(context)));
}

HttpResponse WorkspaceHandlers::list(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    FieldErrors errors;
    const PageRequest page = PageRequest::fromQuery(request, errors);
    WorkspaceFilter filter;
    if (const auto site = request.queryValue(QStringLiteral("site"))) {
        if (!m_sites.contains(*site))
            errors.insert(QStringLiteral("site"), QStringLiteral("Unknown site."));
        filter.site = *site;
    }
    if (const auto method = request.queryValue(QStringLiteral("method"))) {
        filter.method = settlementMethodFromWire(*method);
        if (!filter.method)
            errors.insert(QStringLiteral("method"), QStringLiteral("Unknown settlement method."));
    }
    if (const auto status = request.queryValue(QStringLiteral("status"))) {
        filter.status = workspaceStatusFromWire(*status);
        if (!filter.status)
            errors.insert(QStringLiteral("status"), QStringLiteral("Unknown status."));
    }
    if (const auto q = request.queryValue(QStringLiteral("q")))
        filter.nameFolded = q->toCaseFolded();
    const auto changedSince = request.queryValue(QStringLiteral("changedSince"));
    if (changedSince
        && (filter.site || filter.method || filter.status || !filter.nameFolded.isEmpty()))
        errors.insert(QStringLiteral("changedSince"),
                      QStringLiteral("A delta lists every workspace that changed: no filter."));
    if (!errors.isEmpty())
        return HttpResponse::error(FieldReader::validationError(errors));

    if (changedSince) {
        const Outcome<WorkspacePage> delta =
            m_workspaces.changedSince(context.account(), *changedSince, page.cursorSeq, page.limit);
        if (!delta.ok())
            return HttpResponse::error(delta.error());
        return pageReply(context.request, delta.value());
    }
    return pageReply(context.request,
                     m_workspaces.list(context.account(), filter, page.cursorSeq, page.limit));
}

HttpResponse WorkspaceHandlers::pageReply(const HttpRequest &request, const WorkspacePage &page)
{
    HttpResponse reply = HttpResponse::rawJson(
        200, pageJson(WorkspaceJson::array(page.items), page.nextSeq, page.total, page.syncToken));
    if (page.nextSeq > 0)
        reply.withHeader("Link", nextPageLink(request, page.nextSeq));
    return reply;
}

HttpResponse WorkspaceHandlers::changeSettlement(const RequestContext &context)
{
    RequestBody body(context.request.body, SettlementChange::jsonKeys());
    const auto request = SettlementInput::read(body.fields(), true);
    if (!request || !body.ok())
        return HttpResponse::error(body.error());
    return workspaceReply(200, m_workspaces.change(context.account(), context.param(0), *request,
                                                   requestOrigin(context)));
}

} // namespace billing::server
