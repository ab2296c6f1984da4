#pragma once

#include "MarketplaceSubscription.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace billing {

// The words the desktop shows for a marketplace subscription.
struct SubscriptionText {
    Q_DECLARE_TR_FUNCTIONS(billing::SubscriptionText)

public:
    static QString marketplace(SettlementMethod marketplace); // "AWS Marketplace"
    static QString cloud(SettlementMethod marketplace);       // "AWS", as in "AWS subscription …"
    static QString customer(const MarketplaceSubscription &subscription);
    static QString status(InstanceStatus status);
};

} // namespace billing
