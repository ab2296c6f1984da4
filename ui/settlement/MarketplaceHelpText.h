#pragma once

#include "Branding.h"
#include "SettlementMethod.h"

#include <QCoreApplication>
#include <QString>

namespace billing {

// The help of each marketplace as HTML: how to subscribe to the brand's product, where the
// IDs the binding needs come from (Alibaba Cloud, Huawei Cloud) or how the subscription is
// claimed (AWS, Azure), and how to cancel it in that marketplace's console and what happens
// then. After the product documentation; the brand comes from the branding, never the text.
class MarketplaceHelpText
{
    Q_DECLARE_TR_FUNCTIONS(billing::MarketplaceHelpText)

public:
    static QString title(SettlementMethod marketplace);
    static QString html(const Branding &branding, SettlementMethod marketplace);

private:
    static QString aliyun(const QString &brand, const QString &marketUrl);
    static QString huawei(const QString &brand);
    static QString aws(const QString &brand);
    static QString azure(const QString &brand);
    static QString claiming(const QString &brand);
    static QString afterCancelling(const QString &brand);
};

} // namespace billing
