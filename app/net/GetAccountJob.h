#pragma once

#include "Account.h"
#include "ApiJob.h"

namespace billing {

// GET /api/v1/account
class GetAccountJob : public ApiJob
{
    Q_OBJECT
public:
    explicit GetAccountJob(BillingClient &client, QObject *parent = nullptr);
    const Account &account() const { return m_account; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    Account m_account;
};

} // namespace billing
