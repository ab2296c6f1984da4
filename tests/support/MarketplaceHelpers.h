#pragma once

#include "HttpClient.h"

#include <QJsonObject>
#include <QString>

namespace billing::test {

// Subscriptions in the sandbox markets, through their consoles (the marketplaces' real
// signed callbacks), for tests that bind workspaces to them.

// The demo account's claimed subscriptions (billing-center's DemoSubscriptions; AWS and Azure
// are claimed by the demo account, so its workspaces may be bound to them).
inline const QString kDemoAwsSubscription = QStringLiteral("aws-de30000000000000a001");
inline const QString kDemoAzureSubscription =
    QStringLiteral("de300000-0000-4000-8000-00000000c001");

// A fresh 32-hex Huawei Cloud Account ID.
QString uniqueHuaweiAccountId();

// POST /api/v1/sandbox/<aws|azure>/subscriptions, then POST /api/v1/marketplace/claims with the
// client's session: the subscription, now the caller's account's; {} with *error set.
QJsonObject claimSandboxSubscription(HttpClient &client, const QString &marketplace,
                                     QString *error);
// POST /api/v1/sandbox/huawei/instances: an opened KooGallery instance of that account.
QJsonObject createSandboxHuaweiInstance(HttpClient &client, const QString &huaweiAccountId,
                                        QString *error);

// A settlement body of `method` bound to a fresh subscription its marketplace's sandbox made
// (claimed by the client's account for aws and azure); billing_center has no binding.
QJsonObject boundSettlementBody(HttpClient &client, const QString &method, QString *error);

// A well-formed settlement body of `method` naming a subscription nobody has (for the checks
// that come before the subscription's: site, month, version, cloud switch).
QJsonObject wellFormedSettlementBody(const QString &method);

} // namespace billing::test
