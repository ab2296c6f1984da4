#pragma once

#include <Workspace.h>

#include <QDateTime>
#include <QHash>

namespace billing::server {

class MarketplaceService;

// The demo account's subscriptions in the other marketplaces (AWS and Azure claimed by it,
// a Huawei Cloud KooGallery instance of its Huawei account), so every demo workspace settled
// through a cloud names its payer. Fixed ids: the same demo on every machine.
class DemoSubscriptions
{
public:
    // Creates them (idempotent) inside the caller's transaction.
    static DemoSubscriptions create(MarketplaceService &marketplace, const QString &accountId,
                                    const QDateTime &now);

    // The settlement of `method` bound to the demo's subscription (no `since`); for aliyun
    // and billing_center just the method.
    Settlement bindingOf(SettlementMethod method) const;

private:
    QHash<SettlementMethod, Settlement> m_bindings;
};

} // namespace billing::server
