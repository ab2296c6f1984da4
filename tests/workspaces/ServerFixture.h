#pragma once

// A real billing-center with the demo account, and a logged-in BillingClient for it.
#include "ApiHelpers.h"
#include "BillingClient.h"
#include "SettlementChange.h"
#include "TestServer.h"
#include "WorkspaceListJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace billing::test {

inline const QString kDemoUser = QStringLiteral("demo");
inline const QString kDemoPassword = QStringLiteral("demo-pass-2026");

inline TestServer::Options demoServerOptions(int workspaces)
{
    TestServer::Options options;
    options.extraArgs = {QStringLiteral("--demo-workspaces"), QString::number(workspaces)};
    return options;
}

// Every workspace of the client's account, through the client's own list job.
inline QList<Workspace> fetchAll(BillingClient &client, QString *error)
{
    WorkspaceListJob job(client);
    QList<Workspace> all;
    QObject::connect(&job, &WorkspaceListJob::workspacesReceived,
                     [&all](const QList<Workspace> &page) { all.append(page); });
    QSignalSpy done(&job, &PagedListJob::finished);
    job.start();
    if (!done.wait(60000) || !job.ok()) {
        *error = QStringLiteral("listing failed: %1").arg(job.error().detail);
        return {};
    }
    return all;
}

inline QHash<QString, Workspace> byId(const QList<Workspace> &workspaces)
{
    QHash<QString, Workspace> map;
    for (const Workspace &ws : workspaces)
        map.insert(ws.id, ws);
    return map;
}

// A change to `method`; a cloud method names the demo account's own subscription of that
// marketplace (fixed ids, server/DemoSubscriptions.cpp).
inline SettlementChange targetMethod(SettlementMethod method)
{
    SettlementChange change;
    change.method = method;
    if (method == SettlementMethod::Aws)
        change.subscriptionId = QStringLiteral("aws-de30000000000000a001");
    else if (method == SettlementMethod::Azure)
        change.subscriptionId = QStringLiteral("de300000-0000-4000-8000-00000000c001");
    else if (method == SettlementMethod::Huawei) {
        change.huaweiAccountId = QStringLiteral("de30a1b2c3d4e5f60718293a4b5c6d7e");
        change.instanceId = QStringLiteral("hwde30000000000000b001");
    }
    return change;
}

} // namespace billing::test
