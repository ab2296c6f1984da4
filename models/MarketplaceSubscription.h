#pragma once

#include "SettlementMethod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace billing {

// pending: AWS / Azure until the marketplace confirms the subscription (it cannot be bound).
enum class InstanceStatus { Pending, Opened, Expired, Released };

QString toWire(InstanceStatus status);
std::optional<InstanceStatus> instanceStatusFromWire(const QString &wire);

// One marketplace subscription (marketplaces.md): an Alibaba Cloud or Huawei Cloud
// KooGallery instance, an AWS or an Azure SaaS subscription.
struct MarketplaceSubscription {
    SettlementMethod marketplace = SettlementMethod::Aliyun;
    QString instanceId; // the subscription's id: instance ID (aliyun, huawei), subscriptionId
    QString aliUid;     // Alibaba Cloud only
    // The marketplace's customer: {"aliUid"}, {"huaweiAccountId"},
    // {"customerIdentifier","awsAccountId"} or {"subscriptionName","offerId","quantity"}.
    QJsonObject customer;
    QString productCode;
    QString skuId; // aliyun SKU, huawei skuCode
    QString planId;
    QString orderBizId; // Alibaba Cloud only
    InstanceStatus status = InstanceStatus::Opened;
    bool trial = false;
    QDateTime expiredOn;
    int boundWorkspaces = 0;

    // An expired instance is still a live subscription; a released one is over.
    bool isLive() const { return status != InstanceStatus::Released; }
    // AWS and Azure subscriptions are claimed by an account; the others are named by IDs.
    bool isSubscriptionClaimable() const
    {
        return marketplace == SettlementMethod::Aws || marketplace == SettlementMethod::Azure;
    }
    // The marketplace account a settlement names with it: the Alibaba Cloud UID, the Huawei
    // Cloud account ID, the AWS customer identifier; empty for Azure.
    QString customerAccount() const;
};

// The Alibaba Cloud instance form of the contract (GET .../aliyun/instances/{id}).
QJsonObject toJson(const MarketplaceSubscription &instance);
std::optional<MarketplaceSubscription> aliyunInstanceFromJson(const QJsonObject &object,
                                                              QString *error = nullptr);

// The generalised form: {"marketplace","subscriptionId","customer","productCode"?,"planId"?,
// "status","trial","expiredOn"?,"boundWorkspaces"}.
QJsonObject toSubscriptionJson(const MarketplaceSubscription &subscription);
std::optional<MarketplaceSubscription> subscriptionFromJson(const QJsonObject &object,
                                                            QString *error = nullptr);

} // namespace billing
