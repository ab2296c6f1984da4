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

inline SettlementChange targetMethod(SettlementMethod method)
{
    SettlementChange change;
    change.method = method;
    return change;
}

} // namespace billing::test
