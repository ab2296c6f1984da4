#pragma once

#include "AliyunInstance.h"
#include "ApiJob.h"

namespace billing {

// The base of the jobs whose success body is one Aliyun instance.
class InstanceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const AliyunInstance &instance() const { return m_instance; }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    AliyunInstance m_instance;
};

} // namespace billing
