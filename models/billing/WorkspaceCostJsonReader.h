#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace billing {

class WorkspaceCosts;

// Reads pages of GET /api/v1/bills/<month>/workspaces,
// {"items":[{"workspaceId","name","site","total","byItem":{"logs":"1.20",…}}],"nextCursor",
// "total"}, straight into a WorkspaceCosts with simdjson (no QJsonDocument, amounts parsed
// from the bytes), which keeps 100 000 workspaces within the Costs tab's load budget. Keep
// one reader and reuse it: it keeps its buffers.
class WorkspaceCostJsonReader
{
public:
    WorkspaceCostJsonReader();
    ~WorkspaceCostJsonReader();
    WorkspaceCostJsonReader(const WorkspaceCostJsonReader &) = delete;
    WorkspaceCostJsonReader &operator=(const WorkspaceCostJsonReader &) = delete;

    // Appends the page's rows to *out; false with *error naming what is wrong when the body
    // is not such a page (then *out is as it was).
    // An item the catalogue does not know still counts in the row's total.
    bool readPage(QByteArrayView json, WorkspaceCosts *out, QString *nextCursor, qint64 *total,
                  QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace billing
