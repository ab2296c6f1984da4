#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "WorkspaceService.h"

#include <Workspace.h>

#include <QList>

namespace billing {
class SiteTable;
}

namespace billing::server {

class Router;
class WorkspaceService;
struct RequestContext;

// POST/GET /api/v1/workspaces, GET /api/v1/workspaces/{id},
// PUT /api/v1/workspaces/{id}/settlement.
class WorkspaceHandlers
{
public:
    WorkspaceHandlers(WorkspaceService &workspaces, const SiteTable &sites);
    void registerRoutes(Router &router);

private:
    HttpResponse create(const RequestContext &context);
    HttpResponse list(const RequestContext &context);
    HttpResponse changeSettlement(const RequestContext &context);
    static HttpResponse pageReply(const HttpRequest &request, const WorkspacePage &page);

    WorkspaceService &m_workspaces;
    const SiteTable &m_sites;
};

} // namespace billing::server
