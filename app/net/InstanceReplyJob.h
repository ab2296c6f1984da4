#pragma once

#include "MarketplaceSubscription.h"
#include "ApiJob.h"

namespace billing {

// The base of the jobs whose success body is one Aliyun instance.
class InstanceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const MarketplaceSubscription &instance() const { return m_instance; }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    MarketplaceSubscription m_instance;
};

} // namespace billing
