#include "SandboxMarketProfile.h"

#include <QCoreApplication>
#include <QUrl>

#include <utility>

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

SandboxMarketProfile make(SettlementMethod marketplace, const QString &name,
                          const QString &collection, QList<SandboxInput> inputs,
                          QList<SandboxMarketAction> actions, bool claimable)
{
    const QString base = kBase + toWire(marketplace) + u'/';
    return {marketplace,       name,
            base + collection, base + QStringLiteral("metering"),
            std::move(inputs), std::move(actions),
            claimable};
}

SandboxMarketProfile aliyun()
{
    return make(SettlementMethod::Aliyun, Text::tr("Alibaba Cloud"), QStringLiteral("instances"),
                {SandboxInput::AliUid, SandboxInput::Trial}, {expire(), renew(), release()}, false);
}

SandboxMarketProfile aws()
{
    return make(
        SettlementMethod::Aws, Text::tr("AWS"), QStringLiteral("subscriptions"),
        {SandboxInput::AwsAccountId},
        {{QStringLiteral("fail"), Text::tr("Fail"),
          Text::tr("AWS reports that the subscription failed: it stays pending and cannot be "
                   "bound.")},
         unsubscribe(),
         {QStringLiteral("resubscribe"), Text::tr("Subscribe again"),
          Text::tr("AWS reports a successful subscription again.")}},
        true);
}

SandboxMarketProfile huawei()
{
    return make(SettlementMethod::Huawei, Text::tr("Huawei Cloud"), QStringLiteral("instances"),
                {SandboxInput::HuaweiAccountId, SandboxInput::Trial},
                {{QStringLiteral("freeze"), Text::tr("Freeze"),
                  Text::tr("KooGallery freezes the instance: its workspaces' 14-day lock "
                           "countdown starts.")},
                 {QStringLiteral("unfreeze"), Text::tr("Unfreeze"),
                  Text::tr("KooGallery unfreezes the instance: any lock countdown ends.")},
                 renew(),
                 release()},
                false);
}

SandboxMarketProfile azure()
{
    return make(SettlementMethod::Azure, Text::tr("Azure"), QStringLiteral("subscriptions"),
                {SandboxInput::PlanId, SandboxInput::Quantity},
                {{QStringLiteral("suspend"), Text::tr("Suspend"),
                  Text::tr("Azure suspends the subscription: its workspaces' 14-day lock "
                           "countdown starts.")},
                 {QStringLiteral("reinstate"), Text::tr("Reinstate"),
                  Text::tr("Azure reinstates the subscription: any lock countdown ends.")},
                 renew(),
                 unsubscribe()},
                true);
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
