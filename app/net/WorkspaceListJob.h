#pragma once

#include "PagedListJob.h"
#include "Workspace.h"
#include "WorkspaceListQuery.h"

#include <memory>

namespace billing {

class WorkspaceJsonReader;

// Every workspace of the account, page by page (GET /api/v1/workspaces). Pages are read
// with WorkspaceJsonReader (simdjson) rather than QJsonDocument: 100 000 rows load several
// times faster.
class WorkspaceListJob : public PagedListJob
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 5000;
    WorkspaceListJob(BillingClient &client, const WorkspaceListQuery &filter = {},
                     int pageSize = kDefaultPageSize, QObject *parent = nullptr);
    ~WorkspaceListJob() override;
    // Items that did not parse (a newer server); counted, not fatal.
    int skippedItems() const { return m_skipped; }
    // The first page's syncToken (docs/api.md, Delta sync): what a later changedSince sends.
    QString syncToken() const { return m_syncToken; }

Q_SIGNALS:
    void workspacesReceived(const QList<billing::Workspace> &workspaces);

private:
    std::unique_ptr<WorkspaceJsonReader> m_reader;
    QList<Workspace> m_page; // read by the page job, handed out on pageReceived()
    QString m_syncToken;
    int m_skipped = 0;
};

} // namespace billing
