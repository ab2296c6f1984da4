#pragma once

#include "MarketplaceSubscription.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// A subscription made in a sandbox market's console, with what the console showed the buyer:
// for AWS and Azure the claim code and link that bind it in Billing Desk.
struct SandboxSubscription {
    MarketplaceSubscription subscription;
    QString claimCode; // "XXXX-XXXX"; never logged
    QString claimLink; // billingdesk://claim?server=…&code=…
};

// A console's answer: the subscription itself (bare, or under "subscription" next to
// "claimCode" and "claimLink"), or Alibaba Cloud's instance form. nullopt: none of these.
std::optional<SandboxSubscription> sandboxSubscriptionFromReply(const QJsonObject &reply);

} // namespace billing
