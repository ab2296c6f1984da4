#pragma once

#include "HttpResponse.h"

#include <BillingCatalogue.h>

namespace billing::server {

class BillLineQuery;
class BillStatements;
class Router;
class WorkspaceStore;
struct RequestContext;

// GET /api/v1/bills?month=, /api/v1/bills/{month}/workspaces and /api/v1/bill-lines: the
// caller's bills (docs/billing.md). A bad or missing month is 422 naming `month`.
class BillHandlers
{
public:
    BillHandlers(BillStatements &statements, BillLineQuery &lines, WorkspaceStore &workspaces,
                 const BillingCatalogue &catalogue);
    void registerRoutes(Router &router);

private:
    HttpResponse statement(const RequestContext &context);
    HttpResponse workspaces(const RequestContext &context);
    HttpResponse lines(const RequestContext &context);

    BillStatements &m_statements;
    BillLineQuery &m_lines;
    WorkspaceStore &m_workspaces;
    const BillingCatalogue &m_catalogue;
};

} // namespace billing::server
