#pragma once

#include "ApiJob.h"
#include "Workspace.h"

namespace billing {

// The base of the jobs whose success body is one Workspace.
class WorkspaceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const Workspace &workspace() const { return m_workspace; }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    Workspace m_workspace;
};

} // namespace billing
