#include "WalletState.h"

#include "MoneyText.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace billing {
namespace {

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

bool readCents(const QJsonObject &object, QStringView key, qint64 *out)
{
    const auto cents = money::parseCents(object.value(key).toString());
    if (!cents)
        return false;
    *out = *cents;
    return true;
}

bool readVoucher(const QJsonObject &object, Voucher *voucher)
{
    voucher->id = object.value(u"id").toString();
    voucher->expiresAt = rfc3339::parse(object.value(u"expiresAt").toString());
    return !voucher->id.isEmpty() && voucher->expiresAt.isValid()
           && readCents(object, u"amount", &voucher->amountCents)
           && readCents(object, u"remaining", &voucher->remainingCents);
}

} // namespace

std::optional<WalletState> WalletState::fromJson(const QJsonObject &json, QString *error)
{
    WalletState wallet;
    wallet.currency = json.value(u"currency").toString();
    const std::pair<const char16_t *, qint64 *> amounts[] = {
        {u"cash", &wallet.cashCents},
        {u"arrears", &wallet.arrearsCents},
        {u"averageDailyCharge", &wallet.averageDailyChargeCents}};
    if (wallet.currency.isEmpty()) {
        fail(error, QStringLiteral("currency"));
        return std::nullopt;
    }
    for (const auto &[key, target] : amounts) {
        if (!readCents(json, QStringView(key), target)) {
            fail(error, QString::fromUtf16(key));
            return std::nullopt;
        }
    }
    const QJsonValue vouchers = json.value(u"vouchers");
    if (!vouchers.isArray()) {
        fail(error, QStringLiteral("vouchers"));
        return std::nullopt;
    }
    for (const QJsonValue &value : vouchers.toArray()) {
        Voucher voucher;
        if (!readVoucher(value.toObject(), &voucher)) {
            fail(error, QStringLiteral("vouchers[%1]").arg(wallet.vouchers.size()));
            return std::nullopt;
        }
        wallet.vouchers.append(voucher);
    }
    const QJsonValue days = json.value(u"daysCovered");
    if (days.isDouble())
        wallet.daysCovered = days.toInt();
    else if (!days.isNull() && !days.isUndefined()) {
        fail(error, QStringLiteral("daysCovered"));
        return std::nullopt;
    }
    wallet.lowBalance = json.value(u"lowBalance").toBool();
    const QJsonValue lockAt = json.value(u"lockAt");
    if (!lockAt.isNull() && !lockAt.isUndefined()) {
        wallet.lockAt = rfc3339::parse(lockAt.toString());
        if (!wallet.lockAt.isValid()) {
            fail(error, QStringLiteral("lockAt"));
            return std::nullopt;
        }
    }
    return wallet;
}

qint64 WalletState::voucherCents() const
{
    qint64 sum = 0;
    for (const Voucher &voucher : vouchers)
        sum += voucher.remainingCents;
    return sum;
}

} // namespace billing
