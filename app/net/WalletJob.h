#pragma once

#include "ApiJob.h"
#include "WalletState.h"

namespace billing {

// GET /api/v1/account/wallet
class WalletJob : public ApiJob
{
    Q_OBJECT
public:
    explicit WalletJob(BillingClient &client, QObject *parent = nullptr);
    const WalletState &wallet() const { return m_wallet; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    WalletState m_wallet;
};

} // namespace billing
