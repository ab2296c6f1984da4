#pragma once

#include "ClaimedSubscriptions.h"
#include "CliCommand.h"
#include "ClientError.h"
#include "Plan.h"
#include "ServerOptions.h"
#include "Workspace.h"

#include <QList>

namespace billing {

class BillingClient;

// billing-desk apply PLAN --server URL --username NAME [--dry-run]: compares a plan (the
// export format) with the server's workspaces and applies the differences through the bulk
// engine. One line per rejected row, then a summary. Exit 0 when everything applied,
// 3 when the plan is invalid or some rows were rejected, other codes as CliExitCode says.
class ApplyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("apply"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, CliEnvironment &environment) override;

private:
    void fetchAccount(BillingClient &client, const Plan &plan);
    void fetchWorkspaces(BillingClient &client, const Plan &plan,
                         const QList<SettlementMethod> &granted);
    // The account's claimed AWS and Azure subscriptions, when the plan names any.
    void fetchSubscriptions(BillingClient &client, const Plan &plan,
                            const QList<Workspace> &current,
                            const QList<SettlementMethod> &granted);
    void applyDiff(BillingClient &client, const Plan &plan, const QList<Workspace> &current,
                   const QList<SettlementMethod> &granted, const ClaimedSubscriptions &claimed);
    void fail(const ClientError &error);

    ServerOptions m_server;
    QCommandLineOption m_dryRun{QStringLiteral("dry-run")};
    CliEnvironment *m_env = nullptr;
    bool m_dry = false;
};

} // namespace billing
