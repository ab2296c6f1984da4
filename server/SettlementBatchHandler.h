#pragma once

namespace billing::server {

class Router;
class WorkspaceService;

// POST /api/v1/settlement-changes: up to 1000 changes, applied in order in one transaction.
class SettlementBatchHandler
{
public:
    explicit SettlementBatchHandler(WorkspaceService &workspaces);
    void registerRoutes(Router &router);

    static constexpr int kMaxChanges = 1000;

private:
    WorkspaceService &m_workspaces;
};

} // namespace billing::server
