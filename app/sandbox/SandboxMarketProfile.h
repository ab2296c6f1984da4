#pragma once

#include "SettlementMethod.h"

#include <QList>
#include <QString>

namespace billing {

// What the sandbox console of one marketplace asks for when subscribing.
enum class SandboxInput { AliUid, AwsAccountId, HuaweiAccountId, Trial, PlanId, Quantity };

// The field name of an input in the console's JSON body ("aliUid", "trial", ...).
QString wireName(SandboxInput input);

// One thing the marketplace's console does to a subscription ("expire", "unsubscribe").
struct SandboxMarketAction {
    QString wire;  // the last path segment of POST .../{id}/<wire>
    QString label; // translated, for the button
    QString help;  // translated: what the marketplace does and what Billing Center makes of it
};

// Where the sandbox console of one marketplace lives and what it offers: the subscribe
// endpoint and its inputs, the actions on a subscription, the metering records it accepted.
struct SandboxMarketProfile {
    SettlementMethod marketplace = SettlementMethod::Aliyun;
    QString name;              // translated marketplace name ("Huawei Cloud")
    QString subscriptionsPath; // POST here subscribes; .../{id}/<action> acts
    QString meteringPath;
    QList<SandboxInput> inputs;
    QList<SandboxMarketAction> actions;
    // AWS and Azure: the subscriber gets a claim code; the others are bound by typed IDs.
    bool claimable = false;

    QString actionPath(const QString &subscriptionId, const QString &action) const;

    // The four sandbox markets, in the order the window shows them.
    static QList<SettlementMethod> marketplaces();
    static SandboxMarketProfile of(SettlementMethod marketplace);
};

} // namespace billing
