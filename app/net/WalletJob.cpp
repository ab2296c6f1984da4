#include "WalletJob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace billing {

WalletJob::WalletJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/account/wallet"), Auth::Bearer, parent)
{}

bool WalletJob::parseSuccess(int, const QJsonDocument &body)
{
    auto wallet = WalletState::fromJson(body.object());
    if (wallet)
        m_wallet = std::move(*wallet);
    return wallet.has_value();
}

} // namespace billing
