#include "GetAccountJob.h"

#include <QJsonObject>

namespace billing {

GetAccountJob::GetAccountJob(BillingClient &client, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/account"), Auth::Bearer, parent)
{}

bool GetAccountJob::parseSuccess(int, const QJsonDocument &body)
{
    const auto account = accountFromJson(body.object());
    if (account)
        m_account = *account;
    return account.has_value();
}

} // namespace billing
