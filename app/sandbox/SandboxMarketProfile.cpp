#include "SandboxMarketProfile.h"

#include <QCoreApplication>
#include <QUrl>

namespace billing {
namespace {
// A plain struct; this gives its texts the context lupdate files them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::SandboxMarketProfile)
};

const QString kBase = QStringLiteral("/api/v1/sandbox/");

SandboxMarketAction expire()
{
    return {QStringLiteral("expire"), Text::tr("Expire"),
            Text::tr("The subscription expires: its workspaces' 14-day lock countdown starts.")};
}

SandboxMarketAction renew()
{
    return {QStringLiteral("renew"), Text::tr("Renew"),
            Text::tr("The subscription is renewed: any lock countdown ends.")};
}

SandboxMarketAction release()
{
    return {QStringLiteral("release"), Text::tr("Release"),
            Text::tr("The subscription ends: its workspaces go back to the Billing Center "
                     "account and the owner gets a mail.")};
}

SandboxMarketAction unsubscribe()
{
    return {QStringLiteral("unsubscribe"), Text::tr("Unsubscribe"),
            Text::tr("The buyer cancels: the subscription ends, its workspaces go back to the "
                     "Billing Center account and the owner gets a mail.")};
}

SandboxMarketProfile aliyun()
{
    SandboxMarketProfile profile;
    profile.marketplace = SettlementMethod::Aliyun;
    profile.name = Text::tr("Alibaba Cloud");
    profile.subscriptionsPath = kBase + QStringLiteral("aliyun/instances");
    profile.meteringPath = kBase + QStringLiteral("aliyun/metering");
    profile.inputs = {SandboxInput::AliUid, SandboxInput::Trial};
    profile.actions = {expire(), renew(), release()};
    return profile;
}

SandboxMarketProfile aws()
{
    SandboxMarketProfile profile;
    profile.marketplace = SettlementMethod::Aws;
    profile.name = Text::tr("AWS");
    profile.subscriptionsPath = kBase + QStringLiteral("aws/subscriptions");
    profile.meteringPath = kBase + QStringLiteral("aws/metering");
    profile.inputs = {SandboxInput::AwsAccountId};
    profile.actions = {
        {QStringLiteral("fail"), Text::tr("Fail"),
         Text::tr("AWS reports that the subscription failed: it stays pending and cannot be "
                  "bound.")},
        unsubscribe(),
        {QStringLiteral("resubscribe"), Text::tr("Subscribe again"),
         Text::tr("AWS reports a successful subscription again.")},
    };
    profile.claimable = true;
    return profile;
}

SandboxMarketProfile huawei()
{
    SandboxMarketProfile profile;
    profile.marketplace = SettlementMethod::Huawei;
    profile.name = Text::tr("Huawei Cloud");
    profile.subscriptionsPath = kBase + QStringLiteral("huawei/instances");
    profile.meteringPath = kBase + QStringLiteral("huawei/metering");
    profile.inputs = {SandboxInput::HuaweiAccountId, SandboxInput::Trial};
    profile.actions = {
        {QStringLiteral("freeze"), Text::tr("Freeze"),
         Text::tr("KooGallery freezes the instance: its workspaces' 14-day lock countdown "
                  "starts.")},
        {QStringLiteral("unfreeze"), Text::tr("Unfreeze"),
         Text::tr("KooGallery unfreezes the instance: any lock countdown ends.")},
        renew(),
        release(),
    };
    return profile;
}

SandboxMarketProfile azure()
{
    SandboxMarketProfile profile;
    profile.marketplace = SettlementMethod::Azure;
    profile.name = Text::tr("Azure");
    profile.subscriptionsPath = kBase + QStringLiteral("azure/subscriptions");
    profile.meteringPath = kBase + QStringLiteral("azure/metering");
    profile.inputs = {SandboxInput::PlanId, SandboxInput::Quantity};
    profile.actions = {
        {QStringLiteral("suspend"), Text::tr("Suspend"),
         Text::tr("Azure suspends the subscription: its workspaces' 14-day lock countdown "
                  "starts.")},
        {QStringLiteral("reinstate"), Text::tr("Reinstate"),
         Text::tr("Azure reinstates the subscription: any lock countdown ends.")},
        renew(),
        unsubscribe(),
    };
    profile.claimable = true;
    return profile;
}
} // namespace

QString wireName(SandboxInput input)
{
    switch (input) {
    case SandboxInput::AliUid:
        return QStringLiteral("aliUid");
    case SandboxInput::AwsAccountId:
        return QStringLiteral("awsAccountId");
    case SandboxInput::HuaweiAccountId:
        return QStringLiteral("huaweiAccountId");
    case SandboxInput::Trial:
        return QStringLiteral("trial");
    case SandboxInput::PlanId:
        return QStringLiteral("planId");
    case SandboxInput::Quantity:
        return QStringLiteral("quantity");
    }
    return {};
}

QString SandboxMarketProfile::actionPath(const QString &subscriptionId, const QString &action) const
{
    return subscriptionsPath + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(subscriptionId))
           + u'/' + action;
}

QList<SettlementMethod> SandboxMarketProfile::marketplaces()
{
    return {SettlementMethod::Aliyun, SettlementMethod::Aws, SettlementMethod::Huawei,
            SettlementMethod::Azure};
}

SandboxMarketProfile SandboxMarketProfile::of(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aws:
        return aws();
    case SettlementMethod::Huawei:
        return huawei();
    case SettlementMethod::Azure:
        return azure();
    case SettlementMethod::Aliyun:
    case SettlementMethod::BillingCenter:
        break;
    }
    return aliyun();
}

} // namespace billing
