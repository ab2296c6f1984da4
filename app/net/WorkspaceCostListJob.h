#pragma once

#include "PagedListJob.h"
#include "WorkspaceCosts.h"

#include <memory>

namespace billing {

class BillingCatalogue;
class WorkspaceCostJsonReader;

// A month's cost per workspace, GET /api/v1/bills/<month>/workspaces, page by page, read
// with simdjson straight into one WorkspaceCosts (100 000 rows within the Costs tab's load
// budget). costs() holds every row once finished() reports success.
class WorkspaceCostListJob : public PagedListJob
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 5000;
    WorkspaceCostListJob(BillingClient &client, const BillingCatalogue &catalogue,
                         const QString &month, int pageSize = kPageSize, QObject *parent = nullptr);
    ~WorkspaceCostListJob() override;

    const WorkspaceCosts &costs() const { return m_costs; }
    WorkspaceCosts takeCosts();

private:
    std::unique_ptr<WorkspaceCostJsonReader> m_reader;
    WorkspaceCosts m_costs;
};

} // namespace billing
