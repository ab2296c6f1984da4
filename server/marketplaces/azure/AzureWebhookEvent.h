#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing::server {

enum class AzureAction { Suspend, Reinstate, Unsubscribe, ChangePlan, ChangeQuantity, Renew };

QString toWire(AzureAction action);
std::optional<AzureAction> azureActionFromWire(const QString &wire);

// One Azure Marketplace webhook call (SaaS fulfillment v2): {"id" (the operation id),
// "activityId","subscriptionId","offerId","planId","quantity","timeStamp","action","status"}.
// Keys it does not know (publisherId, subscription{…}, purchaseToken) are ignored: Microsoft
// says the schema may grow.
struct AzureWebhookEvent {
    QString id;
    QString activityId;
    QString subscriptionId; // lower-case GUID
    QString offerId;
    QString planId;
    std::optional<qint64> quantity;
    QString timeStamp;
    AzureAction action = AzureAction::Renew;
    QString status;

    QJsonObject toJson() const;
    // nullopt with *error (what is wrong, for the log and the 400 reply) when unusable.
    static std::optional<AzureWebhookEvent> parse(const QByteArray &body, QString *error);
};

} // namespace billing::server
