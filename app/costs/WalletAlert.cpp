#include "WalletAlert.h"

#include "MoneyText.h"
#include "WalletState.h"

namespace billing {

WalletAlert WalletAlert::of(const WalletState &wallet, const QLocale &locale)
{
    const auto money = [&](qint64 cents) {
        return money::moneyText(cents, wallet.currency, locale);
    };
    if (wallet.arrearsCents > 0 && wallet.lockCountdown()) {
        return {Kind::LockCountdown,
                tr("Your Billing Center wallet is in arrears by %1. Workspaces it pays for will "
                   "be locked on %2 unless you recharge.")
                    .arg(money(wallet.arrearsCents),
                         locale.toString(wallet.lockAt.toLocalTime(), QLocale::ShortFormat))};
    }
    if (wallet.arrearsCents > 0) {
        return {Kind::Arrears, tr("Your Billing Center wallet is in arrears by %1. Recharge to "
                                  "keep the workspaces it pays for running.")
                                   .arg(money(wallet.arrearsCents))};
    }
    if (wallet.lowBalance) {
        const QString balance = money(wallet.balanceCents());
        return {Kind::LowBalance,
                wallet.daysCovered
                    ? tr("Your Billing Center balance of %1 covers about %n day(s) of charges.",
                         nullptr, *wallet.daysCovered)
                          .arg(balance)
                    : tr("Your Billing Center balance of %1 is running low.").arg(balance)};
    }
    return {};
}

} // namespace billing
