#include "CostItemNames.h"

#include "BillingCatalogue.h"
#include "MonthStatement.h"
#include "SettlementMethod.h"

#include <QLocale>

namespace billing {

QString CostItemNames::item(const QString &code)
{
    const BillingItem *item = BillingCatalogue::builtIn().find(code);
    if (!item)
        return code;
    return QLocale().language() == QLocale::Chinese ? item->nameZh : item->nameEn;
}

QString CostItemNames::payer(const QString &method, const QString &instanceId)
{
    if (method == u"billing_center")
        return tr("Billing Center wallet");
    if (method == u"aliyun")
        return tr("Alibaba Cloud instance %1").arg(instanceId);
    const auto known = settlementMethodFromWire(method);
    const QString name = known ? displayName(*known) : method;
    return instanceId.isEmpty() ? name : name + u' ' + instanceId;
}

QString CostItemNames::payer(const StatementPayer &payer)
{
    return CostItemNames::payer(payer.method, payer.instanceId);
}

QString CostItemNames::month(const QString &month)
{
    const QDate first = QDate::fromString(month + u"-01", Qt::ISODate);
    return QLocale().toString(first, tr("MMMM yyyy", "the date format of a month's name"));
}

QString CostItemNames::status(const QString &wireStatus)
{
    if (wireStatus == u"charged")
        return tr("Charged");
    if (wireStatus == u"pushed")
        return tr("Pushed");
    if (wireStatus == u"pending_push")
        return tr("Pending");
    if (wireStatus == u"push_failed")
        return tr("Failed");
    return wireStatus;
}

} // namespace billing
