#include "WorkspaceCostListJob.h"

#include "BillingCatalogue.h"
#include "WorkspaceCostJsonReader.h"

namespace billing {

WorkspaceCostListJob::WorkspaceCostListJob(BillingClient &client, const BillingCatalogue &catalogue,
                                           const QString &month, int pageSize, QObject *parent)
    : PagedListJob(client, QStringLiteral("/api/v1/bills/%1/workspaces").arg(month), {}, pageSize,
                   true, parent)
    , m_reader(std::make_unique<WorkspaceCostJsonReader>())
    , m_costs(catalogue)
{
    setBodyReader([this](QByteArrayView body, QString *nextCursor, qint64 *total) -> qsizetype {
        const qsizetype before = m_costs.size();
        if (!m_reader->readPage(body, &m_costs, nextCursor, total))
            return -1;
        if (*total > m_costs.size())
            m_costs.reserve(*total);
        return m_costs.size() - before;
    });
}

WorkspaceCostListJob::~WorkspaceCostListJob() = default;

WorkspaceCosts WorkspaceCostListJob::takeCosts()
{
    return std::exchange(m_costs, WorkspaceCosts(m_costs.itemCodes()));
}

} // namespace billing
