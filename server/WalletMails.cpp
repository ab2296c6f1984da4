#include "WalletMails.h"

#include <Rfc3339.h>

namespace billing::server::WalletMails {
namespace {
constexpr qsizetype kListedWorkspaces = 20; // a mail lists the first few, then counts the rest

QString workspaceList(const QList<StoredWorkspace> &workspaces)
{
    QString list;
    for (qsizetype i = 0; i < workspaces.size() && i < kListedWorkspaces; ++i) {
        const Workspace &ws = workspaces.at(i).workspace;
        list += QStringLiteral("- %1 (%2, site %3)\n").arg(ws.name, ws.id, ws.site);
    }
    if (workspaces.size() > kListedWorkspaces)
        list += QStringLiteral("… and %1 more\n").arg(workspaces.size() - kListedWorkspaces);
    return list;
}
} // namespace

WalletMailText arrears(const QString &username, const QString &amount, const QDateTime &lockAt,
                       const QList<StoredWorkspace> &counting)
{
    WalletMailText mail;
    mail.subject = QStringLiteral("Billing Center arrears of %1: workspaces lock on %2")
                       .arg(amount, rfc3339::format(lockAt));
    mail.body = QStringLiteral("Hello %1,\n\n"
                               "Your Billing Center wallet is in arrears by %2. Unless you "
                               "recharge at least that amount, the workspaces settled through "
                               "Billing Center lock at %3.\n\n")
                    .arg(username, amount, rfc3339::format(lockAt));
    if (!counting.isEmpty())
        mail.body += QStringLiteral("Workspaces counting down:\n\n") + workspaceList(counting);
    mail.body += QStringLiteral("\nA recharge that pays the arrears ends the countdown and "
                                "unlocks them.\n");
    return mail;
}

WalletMailText unlocked(const QString &username, const QList<StoredWorkspace> &lifted)
{
    WalletMailText mail;
    mail.subject =
        QStringLiteral("Billing Center arrears paid: %1 workspace(s) unlocked").arg(lifted.size());
    mail.body = QStringLiteral("Hello %1,\n\n"
                               "Thank you for your recharge. Your wallet is no longer in arrears "
                               "and these workspaces are active again:\n\n")
                    .arg(username)
                + workspaceList(lifted);
    return mail;
}

WalletMailText lowBalance(const QString &username, const QString &balance,
                          const QString &averageDaily, qint64 daysCovered)
{
    WalletMailText mail;
    mail.subject =
        QStringLiteral("Billing Center balance low: about %1 day(s) left").arg(daysCovered);
    mail.body = QStringLiteral("Hello %1,\n\n"
                               "Your Billing Center balance (cash and vouchers) is %2, which "
                               "covers about %3 day(s) at your recent average daily charge of "
                               "%4. Please recharge to avoid arrears.\n")
                    .arg(username, balance)
                    .arg(daysCovered)
                    .arg(averageDaily);
    return mail;
}

} // namespace billing::server::WalletMails
