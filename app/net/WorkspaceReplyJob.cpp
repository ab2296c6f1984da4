#include "WorkspaceReplyJob.h"

#include <QJsonObject>

namespace billing {

bool WorkspaceReplyJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto workspace = workspaceFromJson(body.object());
    if (workspace)
        m_workspace = *workspace;
    return workspace.has_value();
}

} // namespace billing
