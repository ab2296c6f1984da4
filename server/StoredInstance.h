#pragma once

#include <MarketplaceSubscription.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace billing::server {

// A marketplace subscription as stored: the contract object plus what only the server keeps.
struct StoredInstance {
    MarketplaceSubscription instance; // boundWorkspaces is filled in when presented
    QString ownerAccountId;           // the account that claimed it (AWS, Azure)
    QString orderId;
    QString templateName;
    QJsonObject extra; // further parameters the marketplace sent, kept for audit
    QDateTime createdAt;
    QDateTime updatedAt;

    // The contract object, with boundWorkspaces counted by the caller.
    QJsonObject toJson(qint64 boundWorkspaces) const
    {
        MarketplaceSubscription presented = instance;
        presented.boundWorkspaces = int(boundWorkspaces);
        return billing::toJson(presented);
    }
    QJsonObject toSubscriptionJson(qint64 boundWorkspaces) const
    {
        MarketplaceSubscription presented = instance;
        presented.boundWorkspaces = int(boundWorkspaces);
        return billing::toSubscriptionJson(presented);
    }
};

} // namespace billing::server
