#include "BindingText.h"

namespace billing {

QString BindingText::of(const Settlement &settlement)
{
    switch (settlement.method) {
    case SettlementMethod::Aliyun:
        return tr("Account ID %1, Product Instance ID %2")
            .arg(settlement.aliyunAccountId, settlement.instanceId);
    case SettlementMethod::Huawei:
        return tr("Account ID %1, Instance ID %2")
            .arg(settlement.huaweiAccountId, settlement.instanceId);
    case SettlementMethod::Aws:
    case SettlementMethod::Azure:
        return tr("Subscription %1").arg(settlement.subscriptionId);
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

} // namespace billing
