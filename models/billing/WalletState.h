#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

struct Voucher {
    QString id;
    qint64 amountCents = 0;
    qint64 remainingCents = 0;
    QDateTime expiresAt;
};

// The account's Billing Center wallet, GET /api/v1/account/wallet. Amounts in cents.
struct WalletState {
    QString currency;
    qint64 cashCents = 0; // negative while in arrears
    qint64 arrearsCents = 0;
    QList<Voucher> vouchers; // unexpired, with something left, soonest expiry first
    qint64 averageDailyChargeCents = 0;
    std::optional<int> daysCovered; // none when nothing was charged lately
    bool lowBalance = false;
    QDateTime lockAt; // valid while the arrears lock countdown runs

    static std::optional<WalletState> fromJson(const QJsonObject &json, QString *error = nullptr);

    qint64 voucherCents() const;
    // Cash plus what the vouchers have left.
    qint64 balanceCents() const { return cashCents + voucherCents(); }
    bool lockCountdown() const { return lockAt.isValid(); }
};

} // namespace billing
