#pragma once

#include "ApiJob.h"
#include "MarketplaceSubscription.h"

#include <optional>

namespace billing {

// The base of the jobs whose success body is one marketplace subscription (an Alibaba Cloud
// instance in its own form, or the general subscription form).
class InstanceReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const MarketplaceSubscription &instance() const { return m_instance; }
    static std::optional<MarketplaceSubscription> readSubscription(const QJsonObject &object);

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    MarketplaceSubscription m_instance;
};

} // namespace billing
