#pragma once

#include "StoredWorkspace.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace billing::server {

// The texts of the wallet's mails to an account's owner (English, like the server's others).
struct WalletMailText {
    QString subject;
    QString body;
};

namespace WalletMails {
// Cash went negative: the arrears, the lock date and the workspaces counting down.
WalletMailText arrears(const QString &username, const QString &amount, const QDateTime &lockAt,
                       const QList<StoredWorkspace> &counting);
// A recharge paid the arrears: the workspaces unlocked.
WalletMailText unlocked(const QString &username, const QList<StoredWorkspace> &lifted);
// Cash and vouchers cover fewer than three days of the recent average.
WalletMailText lowBalance(const QString &username, const QString &balance,
                          const QString &averageDaily, qint64 daysCovered);
} // namespace WalletMails

} // namespace billing::server
