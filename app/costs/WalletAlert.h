#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace billing {

struct WalletState;

// What the main window's wallet banner says, if anything: the arrears lock countdown (with
// the lock date) comes first, then arrears without one, then a low balance.
struct WalletAlert {
    Q_DECLARE_TR_FUNCTIONS(billing::WalletAlert)

public:
    enum class Kind { None, LockCountdown, Arrears, LowBalance };

    Kind kind = Kind::None;
    QString text;

    static WalletAlert of(const WalletState &wallet, const QLocale &locale = QLocale());
};

} // namespace billing
