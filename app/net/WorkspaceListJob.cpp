#include "WorkspaceListJob.h"

#include "WorkspaceJsonReader.h"

namespace billing {

WorkspaceListJob::WorkspaceListJob(BillingClient &client, const WorkspaceListQuery &filter,
                                   int pageSize, QObject *parent)
    : PagedListJob(client, QStringLiteral("/api/v1/workspaces"), filter.toQuery(), pageSize, true,
                   parent)
    , m_reader(std::make_unique<WorkspaceJsonReader>())
{
    setBodyReader([this](QByteArrayView body, QString *nextCursor, qint64 *total) -> qsizetype {
        WorkspacePage page;
        if (!m_reader->readPage(body, &page))
            return -1;
        *nextCursor = page.nextCursor;
        *total = page.total;
        if (m_syncToken.isEmpty())
            m_syncToken = page.syncToken;
        m_skipped += page.skipped;
        m_page = std::move(page.items);
        return m_page.size() + page.skipped;
    });
    setReadAhead(true);
    connect(this, &PagedListJob::pageReceived, this,
            [this] { Q_EMIT workspacesReceived(std::exchange(m_page, {})); });
}

WorkspaceListJob::~WorkspaceListJob() = default;

} // namespace billing
