#pragma once

#include "SqlStatement.h"

#include <BillingCatalogue.h>

#include <QDate>
#include <QSqlDatabase>

namespace billing::server {

// Plausible usage for the demo account (--demo-workspaces), the same for the same workspace
// and day: a few workspaces heavy, most light, a weekly rhythm (quieter weekends), three to
// six items per workspace among those its site offers. Only the first kMaxWorkspaces
// workspaces and the kNewestWorkspaces newest are used, so a demo of 100 000 workspaces still
// starts in seconds and a workspace the user adds has usage too.
class DemoUsage
{
public:
    DemoUsage(const QSqlDatabase &db, const BillingCatalogue &catalogue);

    static constexpr int kMaxWorkspaces = 300;
    static constexpr int kNewestWorkspaces = 20;
    static constexpr int kSeededDays = 90;

    // Adds the day's usage (keeping any the collector sent) inside the caller's transaction;
    // false when there is no demo account.
    bool addDay(const QDate &day);

private:
    bool loadWorkspaces();

    struct DemoWorkspace {
        qint64 seq = 0;
        QString site;
    };
    const BillingCatalogue &m_catalogue;
    SqlStatement m_account;
    SqlStatement m_workspaces;
    SqlStatement m_insert;
    QString m_accountId;
    QList<DemoWorkspace> m_rows;
};

} // namespace billing::server
