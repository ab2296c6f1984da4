#include "WalletJson.h"

#include <ExactDecimal.h>
#include <Rfc3339.h>

#include <QJsonArray>

namespace billing::server::WalletJson {

using money::amountText;

QJsonObject wallet(const WalletView &view)
{
    QJsonArray vouchers;
    for (const Voucher &voucher : view.vouchers) {
        vouchers.append(
            QJsonObject{{QStringLiteral("id"), voucher.id},
                        {QStringLiteral("amount"), amountText(voucher.amountCents)},
                        {QStringLiteral("remaining"), amountText(voucher.remainingCents)},
                        {QStringLiteral("expiresAt"), rfc3339::format(voucher.expiresAt)}});
    }
    QJsonObject object{
        {QStringLiteral("currency"), view.currency},
        {QStringLiteral("cash"), amountText(view.cashCents)},
        {QStringLiteral("arrears"), amountText(std::max<qint64>(0, -view.cashCents))},
        {QStringLiteral("vouchers"), vouchers},
        {QStringLiteral("averageDailyCharge"), amountText(view.averageDailyCents)},
        {QStringLiteral("daysCovered"),
         view.daysCovered ? QJsonValue(*view.daysCovered) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lowBalance"), view.lowBalance},
    };
    if (view.lockAt.isValid())
        object.insert(QStringLiteral("lockAt"), rfc3339::format(view.lockAt));
    return object;
}

QJsonObject entry(const LedgerEntry &entry)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("at"), rfc3339::format(entry.at)},
        {QStringLiteral("kind"), toWire(entry.kind)},
        {QStringLiteral("amount"), amountText(entry.amountCents)},
        {QStringLiteral("balance"), amountText(entry.balanceCents)},
        {QStringLiteral("cash"), amountText(entry.cashCents)},
    };
    if (entry.kind == LedgerKind::Charge)
        object.insert(QStringLiteral("fromVouchers"), amountText(entry.fromVouchersCents));
    if (!entry.voucherId.isEmpty())
        object.insert(QStringLiteral("voucherId"), entry.voucherId);
    if (entry.day.isValid())
        object.insert(QStringLiteral("day"), entry.day.toString(Qt::ISODate));
    return object;
}

} // namespace billing::server::WalletJson
