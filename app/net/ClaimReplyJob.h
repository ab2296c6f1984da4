#pragma once

#include "ApiJob.h"

#include <QJsonObject>

namespace billing {

// The fields of a marketplace subscription the claim dialog shows (see the contract's
// subscription object; the customer object differs per marketplace and is kept whole).
struct ClaimSubscription {
    QString marketplace; // aws, azure (aliyun, huawei are never claimed)
    QString subscriptionId;
    QJsonObject customer;
    QString productCode;
    QString planId;
    QString status; // pending, opened, expired, released

    static std::optional<ClaimSubscription> fromJson(const QJsonObject &object);
};

// The base of the claim jobs: their success body is one subscription.
class ClaimReplyJob : public ApiJob
{
    Q_OBJECT
public:
    const ClaimSubscription &subscription() const { return m_subscription; }
    // 422 claim_code_invalid: wrong, used or expired.
    bool codeRefused() const;
    // 429: too many wrong codes for this account lately.
    bool rateLimited() const;

protected:
    using ApiJob::ApiJob;
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    ClaimSubscription m_subscription;
};

} // namespace billing
