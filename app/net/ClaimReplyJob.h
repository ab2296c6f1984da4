#pragma once

#include "ApiJob.h"
#include "MarketplaceSubscription.h"

namespace billing {

// The base of the claim jobs: their success body is one marketplace subscription.
class ClaimReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const MarketplaceSubscription &subscription() const { return m_subscription; }
    // 422 claim_code_invalid: wrong, used or expired.
    bool codeRefused() const { return error().isApi(ErrorCode::ClaimCodeInvalid); }
    // 429: too many wrong codes for this account lately.
    bool rateLimited() const { return error().isApi(ErrorCode::RateLimited); }

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    MarketplaceSubscription m_subscription;
};

} // namespace billing
